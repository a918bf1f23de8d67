package terraform

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/posture-dev/posture/parser"
)

// Data sources read the cloud, so their results are unknown to a static
// scan, with one kind of exception: data sources that are pure functions
// of their arguments. aws_iam_policy_document and google_iam_policy are the
// common ones: many IAM and bucket policies are written with them, and
// leaving their JSON unknown left every such policy unchecked. They are
// evaluated here as the providers compute them.
// An evaluator gets the block's value and the ranges of its arguments
// (keyed by path strings: "statement[0].actions[1]").
var dataEvaluators = map[string]func(obj cty.Value, ranges parser.RangeTable) cty.Value{
	"aws_iam_policy_document": iamPolicyDocument,
	"google_iam_policy":       googleIAMPolicy,
}

// partialJSON marks an unknown string that is the JSON encoding of a value
// only partly known (a policy whose Resource is another resource's ARN).
// The builder puts the value itself in the model, its unknown parts listed
// as unknown, so that the statements that are known can be judged.
type partialJSON struct{ value cty.Value }

// docRanges marks the JSON a data block computed with where each part of
// the document was written, keyed by the part's path in the document
// (".Statement[0].Action"), so that a finding on a policy built with
// aws_iam_policy_document points at the statement in the data block.
type docRanges struct{ ranges parser.RangeTable }

// rangesOf returns the ranges of the one docRanges mark among marks.
func rangesOf(marks cty.ValueMarks) parser.RangeTable {
	if r, ok := oneMark[*docRanges](marks); ok {
		return r.ranges
	}
	return nil
}

// oneMark returns the mark of type T among marks, when there is exactly
// one: two would mean two documents went into one string.
func oneMark[T any](marks cty.ValueMarks) (T, bool) {
	var found T
	n := 0
	for m := range marks {
		if t, ok := m.(T); ok {
			found, n = t, n+1
		}
	}
	return found, n == 1
}

// encodeJSON is jsonencode: a string when v is wholly known, else an
// unknown string that carries v.
func encodeJSON(v cty.Value) cty.Value {
	v, _ = v.UnmarkDeep()
	if v.IsWhollyKnown() {
		s, err := stdlib.JSONEncode(v)
		if err == nil {
			return s
		}
		return cty.UnknownVal(cty.String)
	}
	if !v.IsKnown() {
		return cty.UnknownVal(cty.String)
	}
	return cty.UnknownVal(cty.String).Mark(&partialJSON{value: v})
}

// jsonEncodeFunc is Terraform's jsonencode, keeping what is known of a
// partly unknown argument (see partialJSON).
var jsonEncodeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "val", Type: cty.DynamicPseudoType, AllowDynamicType: true, AllowNull: true}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return encodeJSON(args[0]), nil
	},
})

// decodedJSON returns the value a JSON string encodes: decoded when the
// string is known, the carried value when it is a partialJSON, else false.
func decodedJSON(s cty.Value) (cty.Value, bool) {
	s, marks := s.UnmarkDeep()
	if s.IsKnown() {
		if s.IsNull() || s.Type() != cty.String {
			return cty.NilVal, false
		}
		// cty decodes recursively; a document nested deeper than values
		// may be is not one to judge.
		if jsonDepth(s.AsString()) > maxValueDepth {
			return cty.NilVal, false
		}
		v, err := stdlib.JSONDecode(s)
		return v, err == nil
	}
	return partialOf(marks)
}

// partialOf returns the value of the one partialJSON mark among marks.
func partialOf(marks cty.ValueMarks) (cty.Value, bool) {
	if p, ok := oneMark[*partialJSON](marks); ok {
		return p.value, true
	}
	return cty.NilVal, false
}

// evalData evaluates a data block of a type in dataEvaluators, per
// instance. It returns the value references to the block see, and where
// that value came from: the block, and whatever its arguments came from
// (another document, a variable).
func (in *instance) evalData(r *resourceBlock) (cty.Value, *prov) {
	p := &prov{origins: []parser.Range{in.mod.rng(blockRange(r.block))}}
	e := in.expand(r.count, r.forEach)
	vals := make([]cty.Value, 0, len(e.instances))
	for _, inst := range e.instances {
		if !in.st.block(in.mod, r.block.DefRange) {
			return cty.DynamicVal, p
		}
		// The block is not a resource of the model: evaluate its body with
		// a builder whose resource is thrown away.
		b := &builder{in: in, res: &parser.Resource{Ranges: parser.RangeTable{}}}
		_, obj := b.body(r.block.Body, nil, inst.scope, true)
		vals = append(vals, dataEvaluators[r.typ](obj, b.res.Ranges))
		keys := make([]string, 0, len(b.res.Origins))
		for k := range b.res.Origins {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p.merge(&prov{origins: b.res.Origins[k]})
		}
	}
	return e.collect(vals), p
}

// iamPolicyDocument computes the attributes of aws_iam_policy_document
// from its arguments as the AWS provider does: statements from
// source_policy_documents, then the block's own statements, then
// override_policy_documents, a statement replacing an earlier one with the
// same non-empty Sid; one-element lists written as a string.
func iamPolicyDocument(obj cty.Value, written parser.RangeTable) cty.Value {
	attrs := map[string]cty.Value{}
	if obj.IsKnown() && !obj.IsNull() && obj.Type().IsObjectType() {
		attrs = obj.AsValueMap()
	}
	doc := map[string]cty.Value{"Version": cty.StringVal("2012-10-17")}
	if v := known(attrs["version"]); v != cty.NilVal {
		doc["Version"] = v
	}
	if v := known(attrs["policy_id"]); v != cty.NilVal {
		doc["Id"] = v
	}
	// Each statement keeps the ranges of its parts, relative to it.
	type stmt struct {
		v      cty.Value
		ranges map[string]parser.Range
	}
	var stmts []stmt
	merge := func(list []stmt) {
		for _, s := range list {
			if i := sidIndex(stmts, s.v, func(x stmt) cty.Value { return x.v }); i >= 0 {
				stmts[i] = s
			} else {
				stmts = append(stmts, s)
			}
		}
	}
	unknown := false
	fromDocuments := func(v cty.Value) {
		if v == cty.NilVal {
			return
		}
		docs, ok := elements(v)
		if !ok {
			unknown = true
			return
		}
		for _, d := range docs {
			_, marks := d.UnmarkDeep()
			dv, ok := decodedJSON(d)
			if !ok || !dv.Type().IsObjectType() || !dv.Type().HasAttribute("Statement") {
				unknown = true
				return
			}
			list, ok := elements(dv.GetAttr("Statement"))
			if st := dv.GetAttr("Statement"); st.IsKnown() && !st.IsNull() && st.Type().IsObjectType() {
				list, ok = []cty.Value{st}, true // one statement, not in a list
			}
			if !ok {
				unknown = true
				return
			}
			ranges := rangesOf(marks)
			var ss []stmt
			for i, st := range list {
				ss = append(ss, stmt{st, ranges.Under(fmt.Sprintf(".Statement[%d]", i))})
			}
			merge(ss)
		}
	}
	fromDocuments(present(attrs["source_policy_documents"]))
	if v := present(attrs["statement"]); v != cty.NilVal {
		blocks, ok := elements(v)
		if !ok {
			unknown = true
		}
		var own []stmt
		for i, blk := range blocks {
			own = append(own, stmt{policyStatement(blk), statementRanges(written, fmt.Sprintf("statement[%d]", i), blk)})
		}
		merge(own)
	}
	fromDocuments(present(attrs["override_policy_documents"]))

	json := cty.UnknownVal(cty.String)
	if !unknown {
		vals := make([]cty.Value, len(stmts))
		ranges := parser.RangeTable{}
		for i, s := range stmts {
			vals[i] = s.v
			for k, rg := range s.ranges {
				ranges[fmt.Sprintf(".Statement[%d]", i)+k] = rg
			}
		}
		doc["Statement"] = cty.EmptyTupleVal
		if len(vals) > 0 {
			doc["Statement"] = cty.TupleVal(vals)
		}
		json = encodeJSON(cty.ObjectVal(doc))
		if len(ranges) > 0 {
			json = json.Mark(&docRanges{ranges: ranges})
		}
	}
	out := map[string]cty.Value{}
	for k, v := range attrs {
		out[k] = v
	}
	out["json"], out["minified_json"], out["id"] = json, json, cty.UnknownVal(cty.String)
	return cty.ObjectVal(out)
}

// statementFields maps the arguments of a statement block to the members
// of the JSON statement.
var statementFields = map[string]string{
	"sid": "Sid", "effect": "Effect", "actions": "Action", "not_actions": "NotAction",
	"resources": "Resource", "not_resources": "NotResource",
	"principals": "Principal", "not_principals": "NotPrincipal", "condition": "Condition",
}

// statementRanges maps where the parts of a statement block were written
// (under key in written) to the parts of its JSON statement. A list of one
// element is a string in the JSON: its element's range is the member's.
func statementRanges(written parser.RangeTable, key string, blk cty.Value) map[string]parser.Range {
	out := map[string]parser.Range{}
	if rg, ok := written[key]; ok {
		out[""] = rg
	}
	for attr, member := range statementFields {
		base := key + "." + attr
		if rg, ok := written[base]; ok {
			out["."+member] = rg
		}
		switch attr {
		case "actions", "not_actions", "resources", "not_resources":
			els, _ := elements(blockAttr(blk, attr))
			for j := range els {
				rg, ok := written[fmt.Sprintf("%s[%d]", base, j)]
				switch {
				case !ok:
				case len(els) == 1:
					out["."+member] = rg
				default:
					out[fmt.Sprintf(".%s[%d]", member, j)] = rg
				}
			}
		}
	}
	return out
}

// googleIAMPolicy computes the policy_data of google_iam_policy: its
// binding blocks as {"bindings": [{"role", "members", "condition"}]}, and
// audit_config blocks as "auditConfigs".
func googleIAMPolicy(obj cty.Value, written parser.RangeTable) cty.Value {
	attrs := map[string]cty.Value{}
	if obj.IsKnown() && !obj.IsNull() && obj.Type().IsObjectType() {
		attrs = obj.AsValueMap()
	}
	doc := map[string]cty.Value{}
	unknown := false
	if v := present(attrs["binding"]); v != cty.NilVal {
		blocks, ok := elements(v)
		unknown = !ok
		var bindings []cty.Value
		for _, b := range blocks {
			binding := map[string]cty.Value{"role": cty.UnknownVal(cty.String), "members": cty.DynamicVal}
			if role := present(blockAttr(b, "role")); role != cty.NilVal {
				binding["role"] = role
			}
			if members, ok := elements(blockAttr(b, "members")); ok {
				binding["members"] = cty.EmptyTupleVal
				if len(members) > 0 {
					binding["members"] = cty.TupleVal(members)
				}
			}
			if c := present(blockAttr(b, "condition")); c != cty.NilVal {
				if cs, ok := elements(c); ok && len(cs) == 1 {
					binding["condition"] = cs[0]
				} else {
					binding["condition"] = cty.DynamicVal
				}
			}
			bindings = append(bindings, cty.ObjectVal(binding))
		}
		if len(bindings) > 0 {
			doc["bindings"] = cty.TupleVal(bindings)
		}
	}
	if v := present(attrs["audit_config"]); v != cty.NilVal {
		doc["auditConfigs"] = v
	}
	data := cty.UnknownVal(cty.String)
	if !unknown {
		data = encodeJSON(cty.ObjectVal(doc))
		// binding[i] → .bindings[i], its role and members alike.
		ranges := parser.RangeTable{}
		for k, rg := range written {
			if rest, ok := strings.CutPrefix(k, "binding["); ok {
				ranges[".bindings["+rest] = rg
			}
		}
		if len(ranges) > 0 {
			data = data.Mark(&docRanges{ranges: ranges})
		}
	}
	out := map[string]cty.Value{}
	for k, v := range attrs {
		out[k] = v
	}
	out["policy_data"], out["id"] = data, cty.UnknownVal(cty.String)
	return cty.ObjectVal(out)
}

// policyStatement turns one statement block into its JSON shape.
func policyStatement(blk cty.Value) cty.Value {
	if !blk.IsKnown() || blk.IsNull() || !blk.Type().IsObjectType() {
		return cty.DynamicVal
	}
	a := blk.AsValueMap()
	s := map[string]cty.Value{"Effect": cty.StringVal("Allow")}
	if v := present(a["sid"]); v != cty.NilVal {
		s["Sid"] = v
	}
	if v := present(a["effect"]); v != cty.NilVal {
		s["Effect"] = v
	}
	for attr, key := range map[string]string{"actions": "Action", "not_actions": "NotAction", "resources": "Resource", "not_resources": "NotResource"} {
		if v := present(a[attr]); v != cty.NilVal {
			s[key] = stringSet(v)
		}
	}
	for attr, key := range map[string]string{"principals": "Principal", "not_principals": "NotPrincipal"} {
		if v := present(a[attr]); v != cty.NilVal {
			s[key] = principals(v)
		}
	}
	if v := present(a["condition"]); v != cty.NilVal {
		s["Condition"] = conditions(v)
	}
	return cty.ObjectVal(s)
}

// principals maps principals blocks to {type: identifiers}; a single
// block of type "*" is the string "*", as the provider writes it.
func principals(v cty.Value) cty.Value {
	blocks, ok := elements(v)
	if !ok {
		return cty.DynamicVal
	}
	if len(blocks) == 1 {
		if t := known(blockAttr(blocks[0], "type")); t != cty.NilVal && t.AsString() == "*" {
			return cty.StringVal("*")
		}
	}
	out := map[string]cty.Value{}
	for _, b := range blocks {
		t := known(blockAttr(b, "type"))
		if t == cty.NilVal {
			return cty.DynamicVal // which principal it names is unknown
		}
		ids := stringSet(blockAttr(b, "identifiers"))
		if prev, ok := out[t.AsString()]; ok {
			ids = stringSet(cty.TupleVal(append(listOf(prev), listOf(ids)...)))
		}
		out[t.AsString()] = ids
	}
	return cty.ObjectVal(out)
}

// conditions maps condition blocks to {test: {variable: values}}.
func conditions(v cty.Value) cty.Value {
	blocks, ok := elements(v)
	if !ok {
		return cty.DynamicVal
	}
	tests := map[string]map[string]cty.Value{}
	for _, b := range blocks {
		test, variable := known(blockAttr(b, "test")), known(blockAttr(b, "variable"))
		if test == cty.NilVal || variable == cty.NilVal {
			return cty.DynamicVal
		}
		if tests[test.AsString()] == nil {
			tests[test.AsString()] = map[string]cty.Value{}
		}
		tests[test.AsString()][variable.AsString()] = stringSet(blockAttr(b, "values"))
	}
	out := map[string]cty.Value{}
	for t, vars := range tests {
		out[t] = cty.ObjectVal(vars)
	}
	return cty.ObjectVal(out)
}

// stringSet is a list of strings as the provider writes it: a string when
// it has one element. Unknown elements stay unknown.
func stringSet(v cty.Value) cty.Value {
	els, ok := elements(v)
	if !ok {
		return cty.DynamicVal
	}
	out := make([]cty.Value, 0, len(els))
	for _, el := range els {
		el, _ = el.UnmarkDeep()
		switch {
		case !el.IsKnown():
			out = append(out, cty.UnknownVal(cty.String))
		case el.IsNull():
		default:
			s, err := convertTo(el, cty.String)
			if err != nil {
				return cty.DynamicVal
			}
			out = append(out, s)
		}
	}
	switch len(out) {
	case 0:
		return cty.EmptyTupleVal
	case 1:
		return out[0]
	}
	return cty.TupleVal(out)
}

func listOf(v cty.Value) []cty.Value {
	if v.Type() == cty.String {
		return []cty.Value{v}
	}
	els, _ := elements(v)
	return els
}

// elements returns the elements of a known list, tuple or set, with
// their own marks (a partialJSON among them).
func elements(v cty.Value) ([]cty.Value, bool) {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() || v.Type().IsMapType() || v.Type().IsObjectType() {
		return nil, false
	}
	if v.Type().IsSetType() && !v.IsWhollyKnown() {
		return nil, false
	}
	out := make([]cty.Value, 0, v.LengthInt())
	for it := v.ElementIterator(); it.Next(); {
		_, el := it.Element()
		out = append(out, el)
	}
	return out, true
}

// present returns v unless it is absent or null (not set), else NilVal.
func present(v cty.Value) cty.Value {
	if v == cty.NilVal {
		return cty.NilVal
	}
	u, _ := v.Unmark()
	if u.IsKnown() && u.IsNull() {
		return cty.NilVal
	}
	return u
}

// known returns v when it is a known string, else NilVal.
func known(v cty.Value) cty.Value {
	v = present(v)
	if v == cty.NilVal || !v.IsKnown() {
		return cty.NilVal
	}
	s, err := convertTo(v, cty.String)
	if err != nil {
		return cty.NilVal
	}
	return s
}

func blockAttr(b cty.Value, name string) cty.Value {
	b, _ = b.Unmark()
	if !b.IsKnown() || b.IsNull() || !b.Type().IsObjectType() || !b.Type().HasAttribute(name) {
		return cty.NilVal
	}
	return b.GetAttr(name)
}

// sidIndex returns the index of the statement in stmts with s's Sid, or -1
// (also when s has no Sid or it is unknown).
func sidIndex[T any](stmts []T, s cty.Value, value func(T) cty.Value) int {
	sid := known(blockAttr(s, "Sid"))
	if sid == cty.NilVal || sid.AsString() == "" {
		return -1
	}
	for i, o := range stmts {
		if os := known(blockAttr(value(o), "Sid")); os != cty.NilVal && os.AsString() == sid.AsString() {
			return i
		}
	}
	return -1
}

// dataNodeKey is the graph key of a data block.
func dataNodeKey(typ, name string) string { return "data." + typ + "." + name }

// readData records a data block the scan evaluates.
func (m *module) readData(blk *hcl.Block, override bool) {
	if dataEvaluators[blk.Labels[0]] == nil {
		return
	}
	key := blk.Labels[0] + "." + blk.Labels[1]
	old, ok := m.dataBlocks[key]
	if ok && !override {
		return // Terraform reports the duplicate; the first one stands
	}
	if ok {
		blk = overrideBlock(old.block, blk)
	}
	attrs := bodyAttrs(blk.Body)
	r := &resourceBlock{typ: blk.Labels[0], name: blk.Labels[1], block: blk, refAttrs: map[string]bool{},
		count: attrs["count"], forEach: attrs["for_each"]}
	if ok {
		for i, o := range m.dataOrder {
			if o == old {
				m.dataOrder[i] = r
			}
		}
	} else {
		m.dataOrder = append(m.dataOrder, r)
	}
	m.dataBlocks[key] = r
}
