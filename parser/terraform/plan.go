package terraform

import (
	"context"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
)

// decodePlan reads `terraform show -json` output. Its values are fully
// resolved; unknown ones are listed in resource_changes[].change.after_unknown.
// When the configuration the plan was made from sits beside it, ranges
// point at the .tf files, otherwise into the plan.
func (d *decoder) decodePlan(ctx context.Context, src *parser.Source, name string) ([]parser.Resource, []parser.Diagnostic) {
	b, err := src.ReadFile(name)
	if err != nil {
		return nil, []parser.Diagnostic{parser.Errorf(parser.Range{File: name}, "cannot read file: %v", err)}
	}
	idx := parser.NewLineIndex(b)
	root, err := parser.ParseStrictJSON(b)
	if err != nil {
		off, msg := 0, err.Error()
		if se := (*parser.JSONSyntaxError)(nil); errors.As(err, &se) {
			off, msg = se.Offset, se.Msg
		}
		p := idx.Pos(off)
		return nil, []parser.Diagnostic{parser.Errorf(parser.Range{File: name, Start: p, End: p}, "invalid JSON in plan file: %s", msg)}
	}
	if root.Kind != parser.JSONObject {
		p := idx.Pos(root.Start)
		return nil, []parser.Diagnostic{parser.Errorf(parser.Range{File: name, Start: p, End: p},
			"a plan file holds one JSON object, the output of `terraform show -json`; this one does not, so it is not scanned")}
	}
	rng := func(n *parser.JSONNode) parser.Range {
		return parser.Range{File: name, Start: idx.Pos(n.Start), End: idx.Pos(n.End)}
	}
	st := &state{opts: d.opts, seen: map[string]bool{}}
	pr := &planReader{st: st, src: b, rng: rng}

	// Without planned values, the resources are the after values of the
	// changes; resources are lost through a wrong planned_values only when
	// there are no changes either.
	rc := root.GetExact("resource_changes")
	fallback, lost := rc != nil && rc.Kind == parser.JSONArray, "the plan's resources are not scanned"
	if fallback {
		lost = "the resources are read from resource_changes instead"
	}
	pv := pr.get(root, member(""), "planned_values", parser.JSONObject, !fallback, lost)
	rm := pr.get(pv, member("planned_values"), "root_module", parser.JSONObject, !fallback, lost)
	planned := make([]plannedResource, 0, countPlanned(rm, 0))
	var collect func(mod *parser.JSONNode, at string, depth int)
	collect = func(mod *parser.JSONNode, at string, depth int) {
		if mod == nil || depth > maxModuleDepth {
			return
		}
		rs := pr.need(mod, member(at), "resources", parser.JSONArray, "the resources of this module are not scanned")
		pr.elems(rs, at+".resources", parser.JSONObject, true, "the resource is not scanned", func(at jpath, r *parser.JSONNode) {
			planned = append(planned, plannedResource{r, at})
		})
		cm := pr.need(mod, member(at), "child_modules", parser.JSONArray, "the resources of the modules it calls are not scanned")
		pr.elems(cm, at+".child_modules", parser.JSONObject, true, "the resources of the module are not scanned", func(at jpath, c *parser.JSONNode) {
			collect(c, at.String(), depth+1)
		})
	}
	collect(rm, "planned_values.root_module", 0)

	// The changes say which values are unknown; without planned values,
	// their after values are the resources.
	alone := len(planned) == 0
	lost = "which values are unknown is not known, so findings about them may be wrong"
	if alone {
		lost = "the plan's resources are not scanned"
	}
	changes := map[string]plannedResource{}
	rc = pr.get(root, member(""), "resource_changes", parser.JSONArray, alone, lost)
	pr.elems(rc, "resource_changes", parser.JSONObject, alone, "the change is not read", func(at jpath, c *parser.JSONNode) {
		addr := pr.get(c, at, "address", parser.JSONString, alone, "the change is not read")
		ch := pr.get(c, at, "change", parser.JSONObject, alone, "the change is not read")
		if addr == nil || ch == nil {
			return
		}
		at.change = true
		changes[addr.Str] = plannedResource{ch, at}
		if !alone {
			return
		}
		if after := pr.opt(ch, at, "after", parser.JSONObject, "the resource is not scanned"); after != nil {
			resource := &parser.JSONNode{Kind: parser.JSONObject, Start: c.Start, End: c.End, Members: []parser.JSONMember{
				{Key: "address", Value: c.GetExact("address")}, {Key: "mode", Value: c.GetExact("mode")},
				{Key: "type", Value: c.GetExact("type")}, {Key: "name", Value: c.GetExact("name")}, {Key: "values", Value: after}}}
			planned = append(planned, plannedResource{resource, jpath{list: at.list, i: at.i}})
		}
	})

	vars := pr.opt(root, member(""), "variables", parser.JSONObject, "the configuration beside the plan is evaluated without the plan's variable values")
	config := d.planConfig(ctx, src, path.Dir(name), pr.variables(vars))
	version := ""
	conf := pr.opt(root, member(""), "configuration", parser.JSONObject, "the azurerm provider version is not known")
	pc := pr.opt(conf, member("configuration"), "provider_config", parser.JSONObject, "the azurerm provider version is not known")
	if az := pr.opt(pc, member("configuration.provider_config"), "azurerm", parser.JSONObject, "the azurerm provider version is not known"); az != nil {
		version = pr.opt(az, member("configuration.provider_config.azurerm"), "version_constraint", parser.JSONString, "the azurerm provider version is not known").String()
	}

	var out []parser.Resource
	for _, p := range planned {
		rn, at := p.n, p.at
		if pr.opt(rn, at, "mode", parser.JSONString, "it is read as a managed resource").String() == "data" {
			continue
		}
		addr := pr.need(rn, at, "address", parser.JSONString, "the resource is not scanned")
		typ := pr.need(rn, at, "type", parser.JSONString, "the resource is not scanned")
		if addr.String() == "" || typ.String() == "" {
			continue
		}
		r := parser.Resource{ID: addr.Str, Type: typ.Str, Name: pr.opt(rn, at, "name", parser.JSONString, "the resource has no name").String(),
			Provider: providerOf(typ.Str), Format: parser.TerraformPlan, Range: rng(rn), Header: rng(addr), Ranges: parser.RangeTable{}}
		vals := pr.need(rn, at, "values", parser.JSONObject, "the resource is scanned without its values, so findings about it may be wrong")
		if vals != nil {
			r.Properties, _ = goValue(vals).(map[string]any)
		}
		if r.Properties == nil {
			r.Properties = map[string]any{}
		}
		if ch, ok := changes[addr.Str]; ok {
			unknownPaths(pr.unknowns(ch.n, ch.at), nil, &r.Unknown)
		}
		if c, ok := config[addr.Str]; ok {
			r.Range, r.Header, r.Ranges, r.Origins, r.Refs = c.Range, c.Header, c.Ranges, c.Origins, c.Refs
		} else if vals != nil {
			planRanges(vals, nil, r.Ranges, rng)
		}
		if strings.HasPrefix(typ.Str, "azurerm_") && version != "" {
			r.Meta = map[string]string{"provider_version": version}
		}
		if i := strings.Index(addr.Str, "."); strings.HasPrefix(addr.Str, "module.") && i > 0 {
			if j := strings.LastIndex(addr.Str, "."+typ.Str+"."); j > 0 {
				if r.Meta == nil {
					r.Meta = map[string]string{}
				}
				r.Meta["module"] = addr.Str[:j]
			}
		}
		out = append(out, r)
	}
	return st.finish(out, version), st.diags
}

// planConfig evaluates the configuration beside a plan file, with the
// plan's variable values, and returns its resources by address.
func (d *decoder) planConfig(ctx context.Context, src *parser.Source, dir string, vars map[string]cty.Value) map[string]parser.Resource {
	m := d.modules(src).get(dir)
	if !m.hasConf {
		return nil
	}
	st := newState(ctx, src, d.opts, d.modules(src), dir)
	st.planVars = vars
	in := st.newInstance(m, "", "", 0, nil)
	st.rootVariables(in)
	in.evaluate()
	out := make(map[string]parser.Resource, len(st.resources))
	for _, r := range st.resources {
		out[r.ID] = r
	}
	return out
}

// unknownPaths lists the true leaves of after_unknown.
func unknownPaths(n *parser.JSONNode, p parser.Path, out *[]parser.Path) {
	if n == nil {
		return
	}
	switch n.Kind {
	case parser.JSONBool:
		if n.Bool {
			*out = append(*out, p)
		}
	case parser.JSONObject:
		for _, m := range n.Members {
			unknownPaths(m.Value, p.Key(m.Key), out)
		}
	case parser.JSONArray:
		for i, v := range n.Elems {
			unknownPaths(v, p.Key(i), out)
		}
	}
}

func planRanges(n *parser.JSONNode, p parser.Path, t parser.RangeTable, rng func(*parser.JSONNode) parser.Range) {
	if len(p) > 0 && n.Kind != parser.JSONNull {
		t.Set(p, rng(n))
	}
	if len(p) > 64 {
		return
	}
	switch n.Kind {
	case parser.JSONObject:
		for _, m := range n.Members {
			planRanges(m.Value, p.Key(m.Key), t, rng)
		}
	case parser.JSONArray:
		for i, v := range n.Elems {
			planRanges(v, p.Key(i), t, rng)
		}
	}
}

// goValue converts n to the model's Go values; nulls inside objects are
// dropped, as null means "not set" in Terraform.
func goValue(n *parser.JSONNode) any {
	switch n.Kind {
	case parser.JSONObject:
		m := make(map[string]any, len(n.Members))
		for _, mem := range n.Members {
			if mem.Value.Kind != parser.JSONNull {
				m[mem.Key] = goValue(mem.Value)
			}
		}
		return m
	case parser.JSONArray:
		out := make([]any, len(n.Elems))
		for i, v := range n.Elems {
			out[i] = goValue(v)
		}
		return out
	case parser.JSONString:
		return n.Str
	case parser.JSONNumber:
		if !n.IsFloat {
			return n.Num
		}
		if f := n.Float; f == float64(int64(f)) && f < 1<<62 && f > -(1<<62) {
			return int64(f)
		}
		return n.Float
	case parser.JSONBool:
		return n.Bool
	}
	return nil
}

// jsonToCty converts a plan's variable value; a number is read from its
// text in src, with all its digits.
func jsonToCty(src []byte, n *parser.JSONNode) cty.Value {
	switch n.Kind {
	case parser.JSONObject:
		m := make(map[string]cty.Value, len(n.Members))
		for _, mem := range n.Members {
			m[mem.Key] = jsonToCty(src, mem.Value)
		}
		return cty.ObjectVal(m)
	case parser.JSONArray:
		if len(n.Elems) == 0 {
			return cty.EmptyTupleVal
		}
		vs := make([]cty.Value, len(n.Elems))
		for i, v := range n.Elems {
			vs[i] = jsonToCty(src, v)
		}
		return cty.TupleVal(vs)
	case parser.JSONString:
		return cty.StringVal(n.Str)
	case parser.JSONNumber:
		v, err := cty.ParseNumberVal(string(src[n.Start:n.End]))
		if err != nil {
			return cty.DynamicVal
		}
		return v
	case parser.JSONBool:
		return cty.BoolVal(n.Bool)
	}
	return cty.NullVal(cty.DynamicPseudoType)
}

// planReader reads the members of a plan that the decoder uses. A member
// of another type than `terraform show -json` writes is reported at its
// place and ignored, and the rest of the plan is still read: with an error
// where resources are lost through it, with a warning where details are
// (unknown values, the provider version, variable values).
type planReader struct {
	st  *state
	src []byte // the plan, whose numbers jsonToCty reads from their text
	rng func(*parser.JSONNode) parser.Range
}

// get returns member key of n, a member of the plan at path at ("" for
// the top-level object), when it is of kind want; nil when it is missing
// or null. A member of another kind is reported, with what is lost
// through it, and nil returned.
func (p *planReader) get(n *parser.JSONNode, at jpath, key string, want parser.JSONKind, fatal bool, lost string) *parser.JSONNode {
	m := n.GetExact(key)
	switch {
	case m == nil || m.Kind == parser.JSONNull:
		return nil
	case m.Kind == want:
		return m
	case p.full():
		return nil
	}
	field := key
	if at := at.String(); at != "" {
		field = at + "." + key
	}
	p.report(m, fatal, "%s is %s where a plan has %s; %s", field, kindName(m.Kind), kindName(want), lost)
	return nil
}

// need gets a member through which resources are lost when it is wrong.
func (p *planReader) need(n *parser.JSONNode, at jpath, key string, want parser.JSONKind, lost string) *parser.JSONNode {
	return p.get(n, at, key, want, true, lost)
}

// opt gets a member through which only details are lost.
func (p *planReader) opt(n *parser.JSONNode, at jpath, key string, want parser.JSONKind, lost string) *parser.JSONNode {
	return p.get(n, at, key, want, false, lost)
}

// full tells when the unit has reported all it may: a plan of a million
// wrong members is not formatted further.
func (p *planReader) full() bool { return len(p.st.seen) >= maxDiagsPerUnit }

// report reports a member of the wrong kind.
func (p *planReader) report(n *parser.JSONNode, fatal bool, format string, args ...any) {
	switch {
	case fatal:
		p.st.add(parser.Errorf(p.rng(n), format, args...))
	default:
		p.st.add(parser.Warnf(p.rng(n), format, args...))
	}
}

// elems calls each with the elements of array n (at path at) of kind
// want, and their paths; the others are reported.
func (p *planReader) elems(n *parser.JSONNode, at string, want parser.JSONKind, fatal bool, lost string, each func(at jpath, e *parser.JSONNode)) {
	if n == nil {
		return
	}
	for i, e := range n.Elems {
		el := jpath{list: &at, i: int32(i)}
		switch e.Kind {
		case want:
			each(el, e)
		case parser.JSONNull:
		default:
			if p.full() {
				continue
			}
			p.report(e, fatal, "%s is %s where a plan has %s; %s", el, kindName(e.Kind), kindName(want), lost)
		}
	}
}

// jpath is the path of a member of the plan, for diagnostics: an element
// of an array, or the change of one. It is spelled out only when reported,
// and small: a plan may hold millions of resources.
type jpath struct {
	list   *string
	i      int32 // the element of list, or list itself when negative
	change bool  // the change of the element
}

// member is a path that is no element (the top-level object is "").
func member(at string) jpath { return jpath{list: &at, i: -1} }

func (p jpath) String() string {
	switch {
	case p.i < 0:
		return *p.list
	case p.change:
		return fmt.Sprintf("%s[%d].change", *p.list, p.i)
	}
	return fmt.Sprintf("%s[%d]", *p.list, p.i)
}

// countPlanned counts the resources of a module of planned_values and
// the modules it calls, at most.
func countPlanned(mod *parser.JSONNode, depth int) int {
	if depth > maxModuleDepth {
		return 0
	}
	n := 0
	if rs := mod.GetExact("resources"); rs != nil {
		n += len(rs.Elems)
	}
	if cm := mod.GetExact("child_modules"); cm != nil {
		for _, c := range cm.Elems {
			n += countPlanned(c, depth+1)
		}
	}
	return n
}

// plannedResource is a member of the plan and its path.
type plannedResource struct {
	n  *parser.JSONNode
	at jpath
}

// unknowns returns the after_unknown of a change at path at: an object
// of the attributes not known until apply, or a boolean for all of them.
func (p *planReader) unknowns(ch *parser.JSONNode, at jpath) *parser.JSONNode {
	if u := ch.GetExact("after_unknown"); u != nil && u.Kind == parser.JSONBool {
		return u
	}
	return p.opt(ch, at, "after_unknown", parser.JSONObject, "the values of the resource are read as known, so findings about them may be wrong")
}

// variables returns the values of the plan's variables.
func (p *planReader) variables(vars *parser.JSONNode) map[string]cty.Value {
	if vars == nil {
		return nil
	}
	out := map[string]cty.Value{}
	for _, m := range vars.Members {
		k, v := m.Key, m.Value
		if v.Kind != parser.JSONObject {
			if v.Kind != parser.JSONNull && !p.full() {
				p.report(v, false, "a variable of the plan is %s where a plan has an object with its value; the configuration beside the plan is evaluated with its default", kindName(v.Kind))
			}
			continue
		}
		if val := v.GetExact("value"); val != nil {
			out[k] = jsonToCty(p.src, val)
		}
	}
	return out
}

func kindName(k parser.JSONKind) string {
	switch k {
	case parser.JSONObject:
		return "an object"
	case parser.JSONArray:
		return "an array"
	case parser.JSONString:
		return "a string"
	case parser.JSONNumber:
		return "a number"
	case parser.JSONBool:
		return "a boolean"
	}
	return "null"
}
