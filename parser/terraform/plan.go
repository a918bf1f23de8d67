package terraform

import (
	"context"
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
	root, off, err := parseJSON(b)
	if err != nil {
		p := idx.Pos(off)
		return nil, []parser.Diagnostic{parser.Errorf(parser.Range{File: name, Start: p, End: p}, "invalid JSON in plan file: %v", err)}
	}
	if root.kind != '{' {
		p := idx.Pos(root.start)
		return nil, []parser.Diagnostic{parser.Errorf(parser.Range{File: name, Start: p, End: p},
			"a plan file holds one JSON object, the output of `terraform show -json`; this one does not, so it is not scanned")}
	}
	rng := func(n *jnode) parser.Range {
		return parser.Range{File: name, Start: idx.Pos(n.start), End: idx.Pos(n.end)}
	}
	st := &state{opts: d.opts, seen: map[string]bool{}}
	pr := &planReader{st: st, rng: rng}

	// Without planned values, the resources are the after values of the
	// changes; resources are lost through a wrong planned_values only when
	// there are no changes either.
	rc := root.get("resource_changes")
	fallback, lost := rc != nil && rc.kind == '[', "the plan's resources are not scanned"
	if fallback {
		lost = "the resources are read from resource_changes instead"
	}
	pv := pr.get(root, member(""), "planned_values", '{', !fallback, lost)
	rm := pr.get(pv, member("planned_values"), "root_module", '{', !fallback, lost)
	planned := make([]plannedResource, 0, countPlanned(rm, 0))
	var collect func(mod *jnode, at string, depth int)
	collect = func(mod *jnode, at string, depth int) {
		if mod == nil || depth > maxModuleDepth {
			return
		}
		rs := pr.need(mod, member(at), "resources", '[', "the resources of this module are not scanned")
		pr.elems(rs, at+".resources", '{', true, "the resource is not scanned", func(at jpath, r *jnode) {
			planned = append(planned, plannedResource{r, at})
		})
		cm := pr.need(mod, member(at), "child_modules", '[', "the resources of the modules it calls are not scanned")
		pr.elems(cm, at+".child_modules", '{', true, "the resources of the module are not scanned", func(at jpath, c *jnode) {
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
	rc = pr.get(root, member(""), "resource_changes", '[', alone, lost)
	pr.elems(rc, "resource_changes", '{', alone, "the change is not read", func(at jpath, c *jnode) {
		addr := pr.get(c, at, "address", '"', alone, "the change is not read")
		ch := pr.get(c, at, "change", '{', alone, "the change is not read")
		if addr == nil || ch == nil {
			return
		}
		at.change = true
		changes[addr.str] = plannedResource{ch, at}
		if !alone {
			return
		}
		if after := pr.opt(ch, at, "after", '{', "the resource is not scanned"); after != nil {
			planned = append(planned, plannedResource{&jnode{kind: '{', start: c.start, end: c.end,
				keys: []string{"address", "mode", "type", "name", "values"},
				vals: []*jnode{c.get("address"), c.get("mode"), c.get("type"), c.get("name"), after}}, jpath{list: at.list, i: at.i}})
		}
	})

	vars := pr.opt(root, member(""), "variables", '{', "the configuration beside the plan is evaluated without the plan's variable values")
	config := d.planConfig(ctx, src, path.Dir(name), pr.variables(vars))
	version := ""
	conf := pr.opt(root, member(""), "configuration", '{', "the azurerm provider version is not known")
	pc := pr.opt(conf, member("configuration"), "provider_config", '{', "the azurerm provider version is not known")
	if az := pr.opt(pc, member("configuration.provider_config"), "azurerm", '{', "the azurerm provider version is not known"); az != nil {
		version = pr.opt(az, member("configuration.provider_config.azurerm"), "version_constraint", '"', "the azurerm provider version is not known").text()
	}

	var out []parser.Resource
	for _, p := range planned {
		rn, at := p.n, p.at
		if pr.opt(rn, at, "mode", '"', "it is read as a managed resource").text() == "data" {
			continue
		}
		addr := pr.need(rn, at, "address", '"', "the resource is not scanned")
		typ := pr.need(rn, at, "type", '"', "the resource is not scanned")
		if addr.text() == "" || typ.text() == "" {
			continue
		}
		r := parser.Resource{ID: addr.str, Type: typ.str, Name: pr.opt(rn, at, "name", '"', "the resource has no name").text(),
			Provider: providerOf(typ.str), Format: parser.TerraformPlan, Range: rng(rn), Header: rng(addr), Ranges: parser.RangeTable{}}
		vals := pr.need(rn, at, "values", '{', "the resource is scanned without its values, so findings about it may be wrong")
		if vals != nil {
			r.Properties, _ = vals.goValue().(map[string]any)
		}
		if r.Properties == nil {
			r.Properties = map[string]any{}
		}
		if ch, ok := changes[addr.str]; ok {
			unknownPaths(pr.unknowns(ch.n, ch.at), nil, &r.Unknown)
		}
		if c, ok := config[addr.str]; ok {
			r.Range, r.Header, r.Ranges, r.Origins, r.Refs = c.Range, c.Header, c.Ranges, c.Origins, c.Refs
		} else if vals != nil {
			planRanges(vals, nil, r.Ranges, rng)
		}
		if strings.HasPrefix(typ.str, "azurerm_") && version != "" {
			r.Meta = map[string]string{"provider_version": version}
		}
		if i := strings.Index(addr.str, "."); strings.HasPrefix(addr.str, "module.") && i > 0 {
			if j := strings.LastIndex(addr.str, "."+typ.str+"."); j > 0 {
				if r.Meta == nil {
					r.Meta = map[string]string{}
				}
				r.Meta["module"] = addr.str[:j]
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
func unknownPaths(n *jnode, p parser.Path, out *[]parser.Path) {
	if n == nil {
		return
	}
	switch n.kind {
	case 't':
		*out = append(*out, p)
	case '{':
		for i, k := range n.keys {
			unknownPaths(n.vals[i], p.Key(k), out)
		}
	case '[':
		for i, v := range n.vals {
			unknownPaths(v, p.Key(i), out)
		}
	}
}

func planRanges(n *jnode, p parser.Path, t parser.RangeTable, rng func(*jnode) parser.Range) {
	if len(p) > 0 && n.kind != '0' {
		t.Set(p, rng(n))
	}
	if len(p) > 64 {
		return
	}
	switch n.kind {
	case '{':
		for i, k := range n.keys {
			planRanges(n.vals[i], p.Key(k), t, rng)
		}
	case '[':
		for i, v := range n.vals {
			planRanges(v, p.Key(i), t, rng)
		}
	}
}

// jsonToCty converts a plan's variable value.
func jsonToCty(n *jnode) cty.Value {
	switch n.kind {
	case '{':
		m := make(map[string]cty.Value, len(n.keys))
		for i, k := range n.keys {
			m[k] = jsonToCty(n.vals[i])
		}
		return cty.ObjectVal(m)
	case '[':
		if len(n.vals) == 0 {
			return cty.EmptyTupleVal
		}
		vs := make([]cty.Value, len(n.vals))
		for i, v := range n.vals {
			vs[i] = jsonToCty(v)
		}
		return cty.TupleVal(vs)
	case '"':
		return cty.StringVal(n.str)
	case 'n':
		v, err := cty.ParseNumberVal(n.str)
		if err != nil {
			return cty.DynamicVal
		}
		return v
	case 't':
		return cty.True
	case 'f':
		return cty.False
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
	rng func(*jnode) parser.Range
}

// get returns member key of n, a member of the plan at path at ("" for
// the top-level object), when it is of kind want; nil when it is missing
// or null. A member of another kind is reported, with what is lost
// through it, and nil returned.
func (p *planReader) get(n *jnode, at jpath, key string, want byte, fatal bool, lost string) *jnode {
	m := n.get(key)
	switch {
	case m == nil || m.kind == '0':
		return nil
	case m.kind == want:
		return m
	case p.full():
		return nil
	}
	field := key
	if at := at.String(); at != "" {
		field = at + "." + key
	}
	p.report(m, fatal, "%s is %s where a plan has %s; %s", field, kindName(m.kind), kindName(want), lost)
	return nil
}

// need gets a member through which resources are lost when it is wrong.
func (p *planReader) need(n *jnode, at jpath, key string, want byte, lost string) *jnode {
	return p.get(n, at, key, want, true, lost)
}

// opt gets a member through which only details are lost.
func (p *planReader) opt(n *jnode, at jpath, key string, want byte, lost string) *jnode {
	return p.get(n, at, key, want, false, lost)
}

// full tells when the unit has reported all it may: a plan of a million
// wrong members is not formatted further.
func (p *planReader) full() bool { return len(p.st.seen) >= maxDiagsPerUnit }

// report reports a member of the wrong kind.
func (p *planReader) report(n *jnode, fatal bool, format string, args ...any) {
	switch {
	case fatal:
		p.st.add(parser.Errorf(p.rng(n), format, args...))
	default:
		p.st.add(parser.Warnf(p.rng(n), format, args...))
	}
}

// elems calls each with the elements of array n (at path at) of kind
// want, and their paths; the others are reported.
func (p *planReader) elems(n *jnode, at string, want byte, fatal bool, lost string, each func(at jpath, e *jnode)) {
	if n == nil {
		return
	}
	for i, e := range n.vals {
		el := jpath{list: &at, i: int32(i)}
		switch e.kind {
		case want:
			each(el, e)
		case '0':
		default:
			if p.full() {
				continue
			}
			p.report(e, fatal, "%s is %s where a plan has %s; %s", el, kindName(e.kind), kindName(want), lost)
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
func countPlanned(mod *jnode, depth int) int {
	if depth > maxModuleDepth {
		return 0
	}
	n := 0
	if rs := mod.get("resources"); rs != nil {
		n += len(rs.vals)
	}
	if cm := mod.get("child_modules"); cm != nil {
		for _, c := range cm.vals {
			n += countPlanned(c, depth+1)
		}
	}
	return n
}

// plannedResource is a member of the plan and its path.
type plannedResource struct {
	n  *jnode
	at jpath
}

// unknowns returns the after_unknown of a change at path at: an object
// of the attributes not known until apply, or a boolean for all of them.
func (p *planReader) unknowns(ch *jnode, at jpath) *jnode {
	if u := ch.get("after_unknown"); u != nil && (u.kind == 't' || u.kind == 'f') {
		return u
	}
	return p.opt(ch, at, "after_unknown", '{', "the values of the resource are read as known, so findings about them may be wrong")
}

// variables returns the values of the plan's variables.
func (p *planReader) variables(vars *jnode) map[string]cty.Value {
	if vars == nil {
		return nil
	}
	out := map[string]cty.Value{}
	for i, k := range vars.keys {
		v := vars.vals[i]
		if v.kind != '{' {
			if v.kind != '0' && !p.full() {
				p.report(v, false, "a variable of the plan is %s where a plan has an object with its value; the configuration beside the plan is evaluated with its default", kindName(v.kind))
			}
			continue
		}
		if val := v.get("value"); val != nil {
			out[k] = jsonToCty(val)
		}
	}
	return out
}

func kindName(k byte) string {
	switch k {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 'n':
		return "a number"
	case 't', 'f':
		return "a boolean"
	}
	return "null"
}
