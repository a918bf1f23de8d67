package terraform

import (
	"context"
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

	changes := map[string]*jnode{}
	if rc := root.get("resource_changes"); rc != nil {
		for _, c := range rc.vals {
			changes[c.get("address").text()] = c.get("change")
		}
	}
	var planned []*jnode
	var collect func(mod *jnode, depth int)
	collect = func(mod *jnode, depth int) {
		if mod == nil || depth > maxModuleDepth {
			return
		}
		if rs := mod.get("resources"); rs != nil {
			planned = append(planned, rs.vals...)
		}
		if cm := mod.get("child_modules"); cm != nil {
			for _, c := range cm.vals {
				collect(c, depth+1)
			}
		}
	}
	collect(root.get("planned_values").get("root_module"), 0)
	if len(planned) == 0 {
		// A plan without planned_values still has the changes' after values.
		if rc := root.get("resource_changes"); rc != nil {
			for _, c := range rc.vals {
				if after := c.get("change").get("after"); after != nil && after.kind == '{' {
					planned = append(planned, &jnode{kind: '{', start: c.start, end: c.end,
						keys: []string{"address", "mode", "type", "name", "values"},
						vals: []*jnode{c.get("address"), c.get("mode"), c.get("type"), c.get("name"), after}})
				}
			}
		}
	}

	config := d.planConfig(ctx, src, path.Dir(name), root.get("variables"))
	version := ""
	if pc := root.get("configuration").get("provider_config").get("azurerm"); pc != nil {
		version = pc.get("version_constraint").text()
	}

	var out []parser.Resource
	for _, rn := range planned {
		if rn.get("mode").text() == "data" {
			continue
		}
		addr, typ := rn.get("address").text(), rn.get("type").text()
		if addr == "" || typ == "" {
			continue
		}
		r := parser.Resource{ID: addr, Type: typ, Name: rn.get("name").text(), Provider: providerOf(typ),
			Format: parser.TerraformPlan, Range: rng(rn), Header: rng(rn.get("address")), Ranges: parser.RangeTable{}}
		vals := rn.get("values")
		if vals != nil && vals.kind == '{' {
			r.Properties, _ = vals.goValue().(map[string]any)
		}
		if r.Properties == nil {
			r.Properties = map[string]any{}
		}
		if ch := changes[addr]; ch != nil {
			unknownPaths(ch.get("after_unknown"), nil, &r.Unknown)
		}
		if c, ok := config[addr]; ok {
			r.Range, r.Header, r.Ranges, r.Origins, r.Refs = c.Range, c.Header, c.Ranges, c.Origins, c.Refs
		} else if vals != nil {
			planRanges(vals, nil, r.Ranges, rng)
		}
		if strings.HasPrefix(typ, "azurerm_") && version != "" {
			r.Meta = map[string]string{"provider_version": version}
		}
		if i := strings.Index(addr, "."); strings.HasPrefix(addr, "module.") && i > 0 {
			if j := strings.LastIndex(addr, "."+typ+"."); j > 0 {
				if r.Meta == nil {
					r.Meta = map[string]string{}
				}
				r.Meta["module"] = addr[:j]
			}
		}
		out = append(out, r)
	}
	st := &state{opts: d.opts, seen: map[string]bool{}}
	return st.finish(out, version), st.diags
}

// planConfig evaluates the configuration beside a plan file, with the
// plan's variable values, and returns its resources by address.
func (d *decoder) planConfig(ctx context.Context, src *parser.Source, dir string, vars *jnode) map[string]parser.Resource {
	m := d.modules(src).get(dir)
	if !m.hasConf {
		return nil
	}
	st := newState(ctx, src, d.opts, d.modules(src), dir)
	if vars != nil && vars.kind == '{' {
		st.planVars = map[string]cty.Value{}
		for i, k := range vars.keys {
			if v := vars.vals[i].get("value"); v != nil {
				st.planVars[k] = jsonToCty(v)
			}
		}
	}
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
