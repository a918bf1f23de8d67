package azurerm

import (
	"sort"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// Convert maps one Terraform-shaped azurerm_* or azapi_resource resource to
// the ARM shape: Type, Properties, Ranges, Unknown, Refs, Names and Origins
// are rewritten; ID, Name, Range, Header and Format are kept. ok is false
// when the type has no mapping; the caller then keeps the resource as it is.
func Convert(r parser.Resource) (parser.Resource, bool) {
	if r.Type == "azapi_resource" {
		return convertAzapi(r)
	}
	m, ok := mappings[r.Type]
	if !ok {
		return r, false
	}
	c := newConversion(r)
	c.build(m.entries, r.Properties, nil, nil, "")
	c.defaults(m.entries, r.Properties, nil, nil, "")
	return c.finish(m.armType, m.entries), true
}

// Types returns the ARM type every mapped Terraform type converts to. A
// type ending in "#<property>" is a fragment of its parent that Fold merges
// into it (azurerm_storage_account_network_rules).
func Types() map[string]string {
	out := make(map[string]string, len(mappings))
	for tf, m := range mappings {
		out[tf] = m.armType
	}
	return out
}

// conversion accumulates the ARM view of one resource.
type conversion struct {
	src     parser.Resource
	tfUnk   []parser.Path
	props   map[string]any
	names   map[string]string
	meta    map[string]string
	version constraint
	basis   []string
	// unknownArm records the ARM paths whose source attribute is unknown,
	// so no default is filled in for them.
	unknownArm map[string]bool
}

func newConversion(r parser.Resource) *conversion {
	c := &conversion{
		src:        r,
		props:      map[string]any{},
		names:      map[string]string{},
		meta:       map[string]string{},
		unknownArm: map[string]bool{},
	}
	for k, v := range r.Meta {
		c.meta[k] = v
	}
	c.version = parseConstraint(r.Meta["provider_version"])
	c.tfUnk = r.Unknown
	return c
}

// unknown reports whether the attribute at the concrete TF path p (or a
// block around it) is unknown.
func (c *conversion) unknown(p parser.Path) bool {
	for _, u := range c.tfUnk {
		if p.HasPrefix(u) {
			return true
		}
	}
	return false
}

// build writes the values present in obj (the TF object at tfBase) into the
// ARM body under armBase. Alternative TF spellings of one ARM value are
// separate entries; the first one present wins.
func (c *conversion) build(tab []entry, obj map[string]any, tfBase, armBase parser.Path, nameBase string) {
	for _, e := range tab {
		if e.tf == "" {
			continue
		}
		arm := join(armBase, e.arm)
		key := arm.String()
		v, rel, found := lookup(obj, e.segs)
		present := found && v != nil
		if present && has(c.props, arm) {
			continue
		}
		if _, named := c.names[key]; present || !named {
			c.names[key] = nameBase + e.tf
		}
		// full is where the attribute would be; a dynamic block whose
		// for_each is unknown is listed by its name, a prefix of it.
		if c.unknown(join(tfBase, full(e.segs))) {
			c.unknownArm[key] = true
			continue
		}
		if !present {
			continue
		}
		switch {
		case e.each != nil:
			c.buildList(e, v, join(tfBase, rel), arm, nameBase+e.tf)
		case e.conv.parent:
			if s, ok := v.(string); ok {
				c.meta["parent"] = s
			}
		default:
			if out, ok := e.conv.value(asDefaultType(e, v)); ok {
				set(c.props, arm, out)
			}
		}
	}
}

// asDefaultType reads a string written for an attribute copied as it is
// in the type of the attribute's provider default: Terraform converts a
// value to the attribute's schema type ("false" to false, "7" to 7), and
// a default of type bool or number says what that type is.
func asDefaultType(e entry, v any) any {
	s, ok := v.(string)
	if !ok || e.def == nil || e.conv.to != nil {
		return v
	}
	switch e.def.value.(type) {
	case bool:
		if b, ok := boolOf(s); ok {
			return b
		}
	case int, int64, float64:
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n
		}
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f
		}
	}
	return v
}

// buildList converts a list of nested blocks into an array of ARM objects.
func (c *conversion) buildList(e entry, v any, tfPath, arm parser.Path, name string) {
	items, ok := v.([]any)
	if !ok {
		if m, isMap := v.(map[string]any); isMap {
			items = []any{m}
		} else {
			// Not a block list: keep the user's value so a policy sees it.
			set(c.props, arm, v)
			return
		}
	}
	arr := make([]any, len(items))
	for i := range items {
		arr[i] = map[string]any{}
	}
	set(c.props, arm, arr)
	for i, it := range items {
		el, _ := it.(map[string]any)
		p := tfPath.Key(i)
		a := arm.Key(i)
		n := name + "[" + itoa(i) + "]."
		c.build(e.each, el, p, a, n)
		c.defaults(e.each, el, p, a, n)
	}
}

// defaults fills in provider defaults for the entries of tab that are
// neither present nor unknown.
func (c *conversion) defaults(tab []entry, obj map[string]any, tfBase, armBase parser.Path, nameBase string) {
	for _, e := range tab {
		if e.def == nil {
			continue
		}
		arm := join(armBase, e.arm)
		key := arm.String()
		if has(c.props, arm) || c.unknownArm[key] {
			continue
		}
		if e.def.inBlock && len(e.segs) > 1 {
			if v, _, found := lookup(obj, e.segs[:len(e.segs)-1]); !found || v == nil {
				continue
			}
		}
		set(c.props, arm, c.defaultValue(nameBase+e.tf, e.def))
	}
}

// defaultValue picks the default for the provider version in use, and
// records why when the default depends on the version.
func (c *conversion) defaultValue(name string, d *def) any {
	if d.since == "" {
		return d.value
	}
	switch c.version.side(d.since) {
	case sideAfter:
		c.basis = append(c.basis, "azurerm "+c.version.text+": "+name+" defaults to "+show(d.after)+" (from "+d.since+")")
		return d.after
	case sideBefore:
		c.basis = append(c.basis, "azurerm "+c.version.text+": "+name+" defaults to "+show(d.value)+" (before "+d.since+")")
	case sideBoth:
		c.basis = append(c.basis, "azurerm "+c.version.text+" admits versions before and from "+d.since+": "+name+" assumed "+show(d.value)+", the default before "+d.since)
	default:
		c.basis = append(c.basis, "azurerm version unknown: "+name+" assumed "+show(d.value)+", the default before "+d.since)
	}
	return d.value
}

// finish re-keys ranges, unknowns, refs and origins to ARM paths and
// assembles the converted resource.
func (c *conversion) finish(armType string, tab []entry) parser.Resource {
	out := c.src
	out.Type = armType
	out.Provider = parser.Azure
	out.Properties = c.props
	tr := translator{tab: tab, root: c.src.Properties}

	// Several Terraform paths can land on one ARM path (a block and its
	// only attribute); visiting shallow paths first lets the most specific
	// source range win, whatever the map order.
	paths := make([]parser.Path, 0, len(c.src.Ranges))
	for k := range c.src.Ranges {
		if p, err := parser.ParsePath(k); err == nil {
			paths = append(paths, p)
		}
	}
	sortShallowFirst(paths)
	out.Ranges = parser.RangeTable{}
	for _, p := range paths {
		if a, ok := tr.one(p); ok {
			out.Ranges.Set(a, c.src.Ranges[p.String()])
		}
	}

	out.Unknown = nil
	seen := map[string]bool{}
	for _, u := range c.src.Unknown {
		for _, a := range tr.all(u) {
			if !seen[a.String()] {
				seen[a.String()] = true
				out.Unknown = append(out.Unknown, a)
			}
		}
	}

	out.Refs = nil
	for _, ref := range c.src.Refs {
		if a, ok := tr.one(ref.Path); ok {
			ref.Path = a
		}
		if ref.Path.String() == "parent" {
			// parser/arm records a child's parent at its name, which is
			// "parent/child" in ARM; graph rules then read both alike.
			ref.Path = parser.Path{"name"}
		}
		// A reference from an attribute without an ARM place (such as
		// resource_group_name) keeps its Terraform path: the edge between
		// the resources still matters to graph rules.
		out.Refs = append(out.Refs, ref)
	}

	out.Origins = nil
	if whole, ok := c.src.Origins[""]; ok {
		// The origins of the resource as a whole have no attribute to map.
		out.Origins = map[string][]parser.Range{"": whole}
	}
	origins := make([]parser.Path, 0, len(c.src.Origins))
	for k := range c.src.Origins {
		if k == "" {
			continue
		}
		if p, err := parser.ParsePath(k); err == nil {
			origins = append(origins, p)
		}
	}
	sortShallowFirst(origins)
	for _, p := range origins {
		chain := c.src.Origins[p.String()]
		if a, ok := tr.one(p); ok {
			if out.Origins == nil {
				out.Origins = map[string][]parser.Range{}
			}
			out.Origins[a.String()] = chain
		}
	}

	out.Names = c.names
	if len(c.basis) > 0 {
		sort.Strings(c.basis)
		c.meta["default_basis"] = strings.Join(c.basis, "; ")
	}
	out.Meta = c.meta
	if len(out.Meta) == 0 {
		out.Meta = nil
	}
	return out
}

// sortShallowFirst orders paths by depth, then by their string form, so
// that when several source paths map to one ARM path the deepest, most
// specific one is written last and wins.
func sortShallowFirst(paths []parser.Path) {
	sort.Slice(paths, func(i, j int) bool {
		if len(paths[i]) != len(paths[j]) {
			return len(paths[i]) < len(paths[j])
		}
		return paths[i].String() < paths[j].String()
	})
}

// lookup walks segs through obj. A nested block on the way is a list of one
// object in the Terraform shape; it is entered at index 0 (a bare object is
// tolerated too). rel is the concrete path walked, found whether the last
// key exists.
func lookup(obj map[string]any, segs []string) (v any, rel parser.Path, found bool) {
	var cur any = obj
	for i, s := range segs {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, rel, false
		}
		v, ok := m[s]
		rel = rel.Key(s)
		if !ok {
			return nil, rel, false
		}
		if i < len(segs)-1 {
			if l, isList := v.([]any); isList {
				if len(l) == 0 {
					return nil, rel, false
				}
				v = l[0]
				rel = rel.Key(0)
			}
		}
		cur = v
	}
	return cur, rel, true
}

// full is the concrete path of an attribute whose blocks are at index 0.
func full(segs []string) parser.Path {
	var p parser.Path
	for i, s := range segs {
		p = append(p, s)
		if i < len(segs)-1 {
			p = append(p, 0)
		}
	}
	return p
}

// relate compares a TF path p with an entry's key segments. within: the
// entry's attribute is p or contains it, rest is the part of p inside the
// attribute. covers: p is a block that contains the attribute.
func relate(segs []string, p parser.Path) (rest parser.Path, covers, within bool) {
	i := 0
	for j, s := range segs {
		if i == len(p) {
			return nil, true, false
		}
		k, ok := p[i].(string)
		if !ok || k != s {
			return nil, false, false
		}
		i++
		if j < len(segs)-1 && i < len(p) {
			if n, isInt := p[i].(int); isInt {
				if n != 0 {
					return nil, false, false
				}
				i++
			}
		}
	}
	return p[i:], false, true
}

// translator re-keys TF paths to ARM paths through a mapping table.
type translator struct {
	tab  []entry
	root map[string]any
}

// one returns the single ARM path a TF path (an attribute, a value inside
// it, or a block) maps to. A block maps to the longest common ARM prefix of
// its attributes, unless that is too wide to mean the block.
func (t translator) one(p parser.Path) (parser.Path, bool) {
	if as := t.within(t.tab, p, nil); len(as) > 0 {
		return as[0], true
	}
	desc := t.covered(t.tab, p)
	if len(desc) == 0 {
		return nil, false
	}
	prefix := commonPrefix(desc)
	if len(prefix) == 0 || (len(prefix) == 1 && prefix[0] == "properties") {
		return nil, false
	}
	return prefix, true
}

// all returns every ARM path an unknown TF path makes unknown: the
// attribute's, or those of every attribute of an unknown block.
func (t translator) all(p parser.Path) []parser.Path {
	return append(t.within(t.tab, p, nil), t.covered(t.tab, p)...)
}

// within maps p through the longest entries whose attribute contains it.
func (t translator) within(tab []entry, p parser.Path, tfBase parser.Path) []parser.Path {
	var out []parser.Path
	best := -1
	for _, e := range tab {
		if e.tf == "" || len(e.segs) < best {
			continue
		}
		rest, _, ok := relate(e.segs, p)
		if !ok {
			continue
		}
		arm, ok := t.inside(e, p[:len(p)-len(rest)], rest, tfBase)
		if !ok {
			continue
		}
		if len(e.segs) > best {
			best, out = len(e.segs), nil
		}
		out = append(out, arm)
	}
	return out
}

// inside maps the part rest of the attribute of entry e at attr.
func (t translator) inside(e entry, attr, rest, tfBase parser.Path) (parser.Path, bool) {
	if e.each == nil {
		val := get(t.root, join(tfBase, attr))
		sub, ok := e.conv.path(val, rest)
		if !ok {
			return nil, false
		}
		return join(e.arm, sub), true
	}
	if len(rest) == 0 {
		return e.arm, true
	}
	i, ok := rest[0].(int)
	if !ok {
		return nil, false
	}
	el := e.arm.Key(i)
	if len(rest) == 1 {
		return el, true
	}
	subs := t.within(e.each, rest[1:], join(tfBase, join(attr, parser.Path{i})))
	if len(subs) == 0 {
		subs = t.covered(e.each, rest[1:])
		if len(subs) == 0 {
			return nil, false
		}
		return join(el, commonPrefix(subs)), true
	}
	return join(el, subs[0]), true
}

// covered returns the ARM paths of the entries inside the block p.
func (t translator) covered(tab []entry, p parser.Path) []parser.Path {
	var out []parser.Path
	for _, e := range tab {
		if e.tf == "" {
			continue
		}
		if _, covers, _ := relate(e.segs, p); covers {
			out = append(out, e.arm)
		}
	}
	return out
}

func commonPrefix(ps []parser.Path) parser.Path {
	if len(ps) == 0 {
		return nil
	}
	prefix := ps[0]
	for _, p := range ps[1:] {
		n := 0
		for n < len(prefix) && n < len(p) && prefix[n] == p[n] {
			n++
		}
		prefix = prefix[:n]
	}
	return append(parser.Path(nil), prefix...)
}

func join(a, b parser.Path) parser.Path {
	out := make(parser.Path, 0, len(a)+len(b))
	return append(append(out, a...), b...)
}

// get returns the value at p in a Terraform or ARM tree, or nil.
func get(root map[string]any, p parser.Path) any {
	var cur any = root
	for _, el := range p {
		switch k := el.(type) {
		case string:
			m, ok := cur.(map[string]any)
			if !ok {
				return nil
			}
			cur = m[k]
		case int:
			l, ok := cur.([]any)
			if !ok || k < 0 || k >= len(l) {
				return nil
			}
			cur = l[k]
		default:
			return nil
		}
	}
	return cur
}

// has reports whether a value is set at p.
func has(root map[string]any, p parser.Path) bool {
	return get(root, p) != nil
}

// set writes v at p, creating the objects and arrays on the way. An
// intermediate value of the wrong shape is replaced: the table decides the
// shape of the ARM body.
func set(root map[string]any, p parser.Path, v any) {
	if len(p) > 0 {
		setIn(root, p, v)
	}
}

func setIn(cur any, p parser.Path, v any) any {
	if len(p) == 0 {
		return v
	}
	switch k := p[0].(type) {
	case string:
		m, ok := cur.(map[string]any)
		if !ok {
			m = map[string]any{}
		}
		m[k] = setIn(m[k], p[1:], v)
		return m
	case int:
		l, _ := cur.([]any)
		if k < 0 || k > maxIndex {
			return cur
		}
		for len(l) <= k {
			l = append(l, nil)
		}
		l[k] = setIn(l[k], p[1:], v)
		return l
	}
	return cur
}

// maxIndex bounds the arrays set creates: ARM paths in the tables index
// small fixed positions only.
const maxIndex = 1024
