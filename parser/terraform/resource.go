package terraform

import (
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
)

// Meta-arguments and blocks that configure Terraform, not the resource.
var metaAttrs = map[string]bool{"count": true, "for_each": true, "provider": true, "depends_on": true}
var metaBlocks = map[string]bool{"lifecycle": true, "provisioner": true, "connection": true}

// evalResource expands a resource block into its instances, appends them to
// the unit's resources and returns the value references to it see.
func (in *instance) evalResource(r *resourceBlock) cty.Value {
	e := in.expand(r.count, r.forEach)
	in.noteUnknownExpansion(e, r.count, r.forEach, in.prefix+r.typ+"."+r.name)
	vals := make([]cty.Value, 0, len(e.instances))
	for _, inst := range e.instances {
		if in.st.budget <= 0 {
			in.st.warn(in.mod, r.block.DefRange, "more than %d resource instances in this unit; the rest are not evaluated", maxResources)
			return cty.DynamicVal
		}
		if !in.st.block(in.mod, r.block.DefRange) {
			return cty.DynamicVal
		}
		in.st.budget--
		b := &builder{in: in, res: &parser.Resource{
			ID:       in.prefix + r.typ + "." + r.name + inst.suffix,
			Type:     r.typ,
			Name:     r.name,
			Provider: providerOf(r.typ),
			Format:   parser.Terraform,
			Range:    in.mod.rng(blockRange(r.block)),
			Header:   in.mod.rng(r.block.DefRange),
			Ranges:   parser.RangeTable{},
		}}
		props, obj := b.body(r.block.Body, nil, inst.scope, true)
		b.res.Properties = props
		if e.unknown {
			// The instance stands for all of them; which exist is unknown.
			b.res.Meta = map[string]string{"instances": "unknown"}
		}
		if in.prefix != "" {
			b.setMeta("module", strings.TrimSuffix(in.prefix, "."))
		}
		in.place(b.res)
		in.st.resources = append(in.st.resources, *b.res)
		vals = append(vals, in.referenceable(r, obj))
	}
	return e.collect(vals)
}

// referenceable adds the attributes other expressions read from r but r
// does not configure: they are computed by the provider, hence unknown.
func (in *instance) referenceable(r *resourceBlock, obj cty.Value) cty.Value {
	attrs := obj.AsValueMap()
	if attrs == nil {
		attrs = map[string]cty.Value{}
	}
	add := func(n string) {
		if _, ok := attrs[n]; !ok {
			attrs[n] = cty.DynamicVal
		}
	}
	add("id")
	for n := range r.refAttrs {
		add(n)
	}
	for n := range in.mod.attrRefs {
		add(n)
	}
	return cty.ObjectVal(attrs)
}

func blockRange(b *hcl.Block) hcl.Range {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(b.DefRange, sb.SrcRange)
	}
	return b.DefRange
}

// builder turns one resource instance's body into Properties, Ranges,
// Unknown, Refs and Origins.
type builder struct {
	in  *instance
	res *parser.Resource
}

func (b *builder) setMeta(k, v string) {
	if b.res.Meta == nil {
		b.res.Meta = map[string]string{}
	}
	b.res.Meta[k] = v
}

// body evaluates a block body at path. It returns the Go properties and the
// cty object that references to the block see.
func (b *builder) body(body hcl.Body, path parser.Path, scope map[string]cty.Value, top bool) (map[string]any, cty.Value) {
	props := map[string]any{}
	obj := map[string]cty.Value{}
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		attrs := bodyAttrs(body)
		names := make([]string, 0, len(attrs))
		for n := range attrs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if top && (metaAttrs[n] || metaBlocks[n]) {
				continue
			}
			obj[n] = b.attr(props, n, path.Key(n), attrs[n].Expr, scope)
		}
		return props, cty.ObjectVal(obj)
	}
	attrs := make([]*hclsyntax.Attribute, 0, len(sb.Attributes))
	for _, a := range sb.Attributes {
		if top && metaAttrs[a.Name] {
			continue
		}
		attrs = append(attrs, a)
	}
	sort.Slice(attrs, func(i, j int) bool { return attrs[i].SrcRange.Start.Byte < attrs[j].SrcRange.Start.Byte })
	for _, a := range attrs {
		obj[a.Name] = b.attr(props, a.Name, path.Key(a.Name), a.Expr, scope)
	}

	type list struct {
		items   []any
		vals    []cty.Value
		unknown bool
	}
	lists := map[string]*list{}
	var order []string
	get := func(typ string) *list {
		l := lists[typ]
		if l == nil {
			l = &list{}
			lists[typ] = l
			order = append(order, typ)
		}
		return l
	}
	for _, blk := range sb.Blocks {
		if top && metaBlocks[blk.Type] {
			continue
		}
		if blk.Type == "dynamic" && len(blk.Labels) == 1 {
			l := get(blk.Labels[0])
			items, vals, known := b.dynamic(blk, path.Key(blk.Labels[0]), len(l.items), scope)
			l.items, l.vals = append(l.items, items...), append(l.vals, vals...)
			l.unknown = l.unknown || !known
			continue
		}
		l := get(blk.Type)
		p := path.Key(blk.Type).Key(len(l.items))
		b.res.Ranges.Set(p, b.in.mod.rng(blk.Range()))
		item, val := b.body(blk.Body, p, scope, false)
		l.items = append(l.items, item)
		l.vals = append(l.vals, val)
	}
	for _, typ := range order {
		l := lists[typ]
		if l.unknown {
			b.res.Unknown = append(b.res.Unknown, path.Key(typ))
			obj[typ] = cty.DynamicVal
			continue
		}
		if l.items == nil {
			l.items = []any{}
		}
		props[typ] = l.items
		obj[typ] = cty.TupleVal(l.vals)
		if len(l.vals) == 0 {
			obj[typ] = cty.EmptyTupleVal
		}
	}
	return props, cty.ObjectVal(obj)
}

// dynamic expands a dynamic block. known is false when for_each cannot be
// evaluated: how many blocks there are is then unknown.
func (b *builder) dynamic(blk *hclsyntax.Block, path parser.Path, offset int, scope map[string]cty.Value) (items []any, vals []cty.Value, known bool) {
	in := b.in
	var forEach *hclsyntax.Attribute
	iter := blk.Labels[0]
	for n, a := range blk.Body.Attributes {
		switch n {
		case "for_each":
			forEach = a
		case "iterator":
			if t, diags := hcl.AbsTraversalForExpr(a.Expr); !diags.HasErrors() && len(t) == 1 {
				iter = t.RootName()
			}
		}
	}
	var content *hclsyntax.Block
	for _, c := range blk.Body.Blocks {
		if c.Type == "content" {
			content = c
		}
	}
	if forEach == nil || content == nil {
		in.st.warn(in.mod, blk.DefRange(), "dynamic block %q needs a for_each argument and a content block", blk.Labels[0])
		return nil, nil, true
	}
	v, _ := in.eval(forEach.Expr, scope)
	v, _ = v.UnmarkDeep()
	if !v.IsWhollyKnown() && (!v.IsKnown() || v.Type().IsSetType()) {
		return nil, nil, false
	}
	if v.IsNull() {
		return nil, nil, true
	}
	if !v.CanIterateElements() {
		in.st.warn(in.mod, forEach.Expr.Range(), "dynamic block for_each needs a collection, got %s", typeName(v))
		return nil, nil, false
	}
	if v.LengthInt() > maxInstances {
		in.st.warn(in.mod, forEach.Expr.Range(), "dynamic block over %d elements exceeds the %d evaluated", v.LengthInt(), maxInstances)
		return nil, nil, false
	}
	if !in.fanOut(forEach.Expr.Range(), "dynamic block for_each", v.LengthInt()) {
		return nil, nil, false
	}
	for it := v.ElementIterator(); it.Next(); {
		if !in.st.block(in.mod, blk.DefRange()) {
			return nil, nil, false
		}
		k, val := it.Element()
		if v.Type().IsSetType() {
			k = val
		}
		inner := make(map[string]cty.Value, len(scope)+1)
		for n, s := range scope {
			inner[n] = s
		}
		inner[iter] = cty.ObjectVal(map[string]cty.Value{"key": k, "value": val})
		p := path.Key(offset + len(items))
		b.res.Ranges.Set(p, in.mod.rng(content.Range()))
		item, obj := b.body(content.Body, p, inner, false)
		items = append(items, item)
		vals = append(vals, obj)
	}
	return items, vals, true
}

// attr evaluates one attribute into props[name] and returns its value.
func (b *builder) attr(props map[string]any, name string, path parser.Path, expr hcl.Expression, scope map[string]cty.Value) cty.Value {
	in := b.in
	v, p := in.eval(expr, scope)
	if ty, ok := schemaType(b.res.Type, path); ok {
		v = toSchemaType(v, ty)
	}
	for _, r := range p.refs {
		b.res.Refs = append(b.res.Refs, parser.Ref{Path: path, Target: r.target, Attribute: r.attr})
	}
	if len(p.origins) > 0 {
		if b.res.Origins == nil {
			b.res.Origins = map[string][]parser.Range{}
		}
		b.res.Origins[path.String()] = p.origins
	}
	uv, marks := v.UnmarkDeep()
	if uv.IsKnown() && uv.IsNull() {
		// Null is how Terraform spells "not set".
		return v
	}
	if doc, ok := partialOf(marks); ok && !uv.IsKnown() && passesJSONThrough(expr) {
		// JSON of a partly known value (a policy document naming another
		// resource's ARN): the model holds the decoded document, its
		// unknown parts listed as unknown, so the known parts are judged.
		uv = doc
	}
	rg := in.mod.rng(expr.Range())
	b.res.Ranges.Set(path, rg)
	b.nestedRanges(path, expr)
	if ranges := rangesOf(marks); ranges != nil && passesJSONThrough(expr) {
		// A document a data block computed: its parts point at the block.
		for k, r := range ranges {
			b.res.Ranges[path.String()+k] = r
		}
	}
	if g, ok := toGo(uv, path, &b.res.Unknown); ok {
		props[name] = g
		b.leafRanges(path, g, rg)
	}
	if !uv.IsWhollyKnown() {
		b.knownPrefixes(uv, path)
	}
	return v
}

// passesJSONThrough reports whether expr yields the JSON it computes or
// refers to unchanged: jsonencode(...), a reference, or "${reference}".
// cty carries a mark from a function's argument to its result, so the
// partialJSON mark of replace(jsonencode(x), ...) would describe a string
// that is no longer x's encoding.
func passesJSONThrough(expr hcl.Expression) bool {
	switch e := expr.(type) {
	case *hclsyntax.FunctionCallExpr:
		return e.Name == "jsonencode"
	case *hclsyntax.ScopeTraversalExpr, *hclsyntax.RelativeTraversalExpr, *hclsyntax.IndexExpr:
		return true
	case *hclsyntax.TemplateWrapExpr:
		return passesJSONThrough(e.Wrapped)
	case *hclsyntax.ParenthesesExpr:
		return passesJSONThrough(e.Expression)
	}
	// JSON syntax (.tf.json) and anything else: only what is certain.
	return false
}

// knownPrefixes records the known beginning of the unknown strings in v:
// HCL refines "serviceAccount:${google_service_account.sa.email}" to an
// unknown string that starts with "serviceAccount:", which is enough to
// judge what kind of principal it names.
func (b *builder) knownPrefixes(v cty.Value, path parser.Path) {
	if len(path) > 32 {
		return
	}
	v, _ = v.Unmark()
	if !v.IsKnown() {
		if v.Type() == cty.String {
			if prefix := v.Range().StringPrefix(); prefix != "" {
				if b.res.UnknownPrefix == nil {
					b.res.UnknownPrefix = map[string]string{}
				}
				b.res.UnknownPrefix[path.String()] = prefix
			}
		}
		return
	}
	if v.IsNull() || v.Type().IsSetType() || !v.CanIterateElements() {
		return
	}
	i := 0
	for it := v.ElementIterator(); it.Next(); i++ {
		k, el := it.Element()
		if v.Type().IsListType() || v.Type().IsTupleType() {
			b.knownPrefixes(el, path.Key(i))
		} else {
			b.knownPrefixes(el, path.Key(k.AsString()))
		}
	}
}

// leafRanges gives every scalar inside v that has no range of its own the
// range of its nearest ancestor: a value that came whole from a variable,
// a local or a for expression was written there, and a scalar without a
// range would read as a provider default (docs/CONTRACT.md).
func (b *builder) leafRanges(path parser.Path, v any, rg parser.Range) {
	if len(path) > 32 {
		return
	}
	if own, ok := b.res.Ranges[path.String()]; ok {
		rg = own
	}
	switch x := v.(type) {
	case map[string]any:
		for k, el := range x {
			b.leafRanges(path.Key(k), el, rg)
		}
	case []any:
		for i, el := range x {
			b.leafRanges(path.Key(i), el, rg)
		}
	case nil:
	default:
		if _, ok := b.res.Ranges[path.String()]; !ok {
			b.res.Ranges.Set(path, rg)
		}
	}
}

// nestedRanges records the ranges of the elements of object and tuple
// constructors, so a finding on tags["env"] points at its value.
func (b *builder) nestedRanges(path parser.Path, expr hcl.Expression) {
	if len(path) > 32 {
		return
	}
	switch e := expr.(type) {
	case *hclsyntax.ObjectConsExpr:
		for _, item := range e.Items {
			k, diags := item.KeyExpr.Value(nil)
			if diags.HasErrors() || k.Type() != cty.String || !k.IsKnown() || k.IsNull() {
				continue
			}
			p := path.Key(k.AsString())
			b.res.Ranges.Set(p, b.in.mod.rng(item.ValueExpr.Range()))
			b.nestedRanges(p, item.ValueExpr)
		}
	case *hclsyntax.TupleConsExpr:
		for i, el := range e.Exprs {
			p := path.Key(i)
			b.res.Ranges.Set(p, b.in.mod.rng(el.Range()))
			b.nestedRanges(p, el)
		}
	case *hclsyntax.FunctionCallExpr:
		// A policy written as jsonencode({...}): a finding on one statement
		// of the document points at that statement.
		if e.Name == "jsonencode" && len(e.Args) == 1 {
			b.nestedRanges(path, e.Args[0])
		}
	}
}

// providerOf names the platform of a resource type by its prefix.
func providerOf(typ string) parser.Provider {
	switch {
	case strings.HasPrefix(typ, "azurerm_"), strings.HasPrefix(typ, "azapi_"), strings.HasPrefix(typ, "azuread_"):
		return parser.Azure
	case strings.HasPrefix(typ, "aws_"):
		return parser.AWS
	case strings.HasPrefix(typ, "google_"):
		return parser.GCP
	case strings.HasPrefix(typ, "kubernetes_"):
		return parser.Kubernetes
	}
	return ""
}
