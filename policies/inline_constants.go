package policies

import (
	"github.com/open-policy-agent/opa/v1/ast"
)

// inlineConstants is a compiler stage that replaces every reference to a
// constant rule (`pna := ["properties", "publicNetworkAccess"]`,
// `container_kinds := {...}`: one definition, no arguments, no body, no
// else, a ground value) by the value itself.
//
// OPA evaluates a complete rule afresh in every evaluation: rule-index
// lookup, bindings, body, cache insertion, about 36 allocations for a
// constant whose value never changes. Policies name their paths, kinds and
// lookup tables as such rules, so every resource paid that for each of
// them. A literal in a body costs nothing at evaluation. Results are
// unchanged: the reference and the literal denote the same value. A
// constant that a `with` replaces anywhere is left alone.
//
// The stage runs after the rule tree is built, when references are fully
// qualified (data.posture.…), and before local variables and dynamic
// terms are rewritten, so a reference into a constant
// (`pod_spec_paths[input.type]`) becomes a literal with a suffix that the
// later stages treat like one written by hand.
var inlineConstantsStage = ast.CompilerStageDefinition{
	Name:       "InlineConstants",
	MetricName: "compile_stage_inline_constants",
	Stage:      inlineConstants,
}

func inlineConstants(c *ast.Compiler) *ast.Error {
	consts := map[string]constRule{} // keyed by the rule path's string
	byHash := map[int][]constRule{}  // the same, keyed by the path's hash
	overridden := map[string]bool{}
	for _, m := range c.Modules {
		ast.WalkWiths(m, func(w *ast.With) bool {
			if r, ok := w.Target.Value.(ast.Ref); ok {
				overridden[r.String()] = true
			}
			return false
		})
	}
	for _, m := range c.Modules {
		for _, r := range m.Rules {
			ref, val, ok := constantRule(c, r)
			if !ok {
				continue
			}
			consts[ref.String()] = constRule{ref: ref, value: val}
		}
	}
	// A with on a constant, or on a document above or below it, keeps it.
	for k := range consts {
		for o := range overridden {
			if hasRefPrefix(k, o) || hasRefPrefix(o, k) {
				delete(consts, k)
				break
			}
		}
	}
	if len(consts) == 0 {
		return nil
	}
	for _, cr := range consts {
		h := cr.ref.Hash()
		byHash[h] = append(byHash[h], cr)
	}
	replace := func(ref ast.Ref) (ast.Value, error) {
		// The longest constant path that prefixes ref: walk prefixes of
		// ground string terms.
		if len(ref) < 2 || !ref[0].Equal(ast.DefaultRootDocument) {
			return ref, nil
		}
		h := ref[0].Value.Hash()
		for n := 2; n <= len(ref); n++ {
			if _, ok := ref[n-1].Value.(ast.String); !ok {
				break
			}
			h += ref[n-1].Value.Hash() // Ref.Hash is the sum of its terms'
			var cr *constRule
			for i := range byHash[h] {
				if byHash[h][i].ref.Equal(ref[:n]) {
					cr = &byHash[h][i]
					break
				}
			}
			if cr == nil {
				continue
			}
			lit := cr.value.Copy()
			if n == len(ref) {
				return lit.Value, nil
			}
			out := make(ast.Ref, 0, len(ref)-n+1)
			out = append(out, lit)
			out = append(out, ref[n:]...)
			return out, nil
		}
		return ref, nil
	}
	for _, m := range c.Modules {
		for _, r := range m.Rules {
			for rule := r; rule != nil; rule = rule.Else {
				if err := inlineIn(rule, replace); err != nil {
					return ast.NewError(ast.CompileErr, rule.Location, "inline constants: %v", err)
				}
			}
		}
	}
	return nil
}

type constRule struct {
	ref   ast.Ref
	value *ast.Term
}

// constantRule reports whether r is the only definition of a ground
// complete document with a literal value and no body.
func constantRule(c *ast.Compiler, r *ast.Rule) (ast.Ref, *ast.Term, bool) {
	h := r.Head
	if r.Default || r.Else != nil || len(h.Args) > 0 || h.Value == nil || h.Key != nil ||
		h.RuleKind() != ast.SingleValue || !ast.IsConstant(h.Value.Value) || !isTrueBody(r.Body) {
		return nil, nil, false
	}
	ref := r.Ref()
	if !ref.IsGround() {
		return nil, nil, false
	}
	for _, t := range ref[1:] {
		if _, ok := t.Value.(ast.String); !ok {
			return nil, nil, false
		}
	}
	if len(c.GetRulesExact(ref)) != 1 {
		return nil, nil, false
	}
	// Nothing may live below it either (a conflict OPA would report).
	if node := c.RuleTree.Find(ref); node == nil || len(node.Children) > 0 {
		return nil, nil, false
	}
	return ref, h.Value, true
}

func isTrueBody(b ast.Body) bool {
	if len(b) != 1 {
		return false
	}
	e := b[0]
	if e.Negated || len(e.With) > 0 {
		return false
	}
	t, ok := e.Terms.(*ast.Term)
	return ok && t.Value.Compare(ast.Boolean(true)) == 0
}

// inlineIn replaces constant references in a rule's body, value, key and
// arguments; the rule's own head reference is left alone.
func inlineIn(rule *ast.Rule, replace func(ast.Ref) (ast.Value, error)) error {
	if _, err := ast.TransformRefs(rule.Body, replace); err != nil {
		return err
	}
	terms := []*ast.Term{rule.Head.Value, rule.Head.Key}
	terms = append(terms, rule.Head.Args...)
	// ast.Transform does not enter `some x in xs` declarations, in the
	// body or in a comprehension of the head.
	some := func(n ast.Node) bool {
		if d, ok := n.(*ast.SomeDecl); ok {
			terms = append(terms, d.Symbols...)
		}
		return false
	}
	ast.WalkNodes(rule.Body, some)
	for _, t := range terms[:len(terms):len(terms)] {
		if t != nil {
			ast.WalkNodes(t, some)
		}
	}
	for _, t := range terms {
		if t == nil {
			continue
		}
		v, err := ast.TransformRefs(t, replace)
		if err != nil {
			return err
		}
		t.Value = v.(ast.Value)
	}
	return nil
}

// hasRefPrefix reports whether ref string a starts with ref string b at a
// segment boundary.
func hasRefPrefix(a, b string) bool {
	if len(a) < len(b) || a[:len(b)] != b {
		return false
	}
	return len(a) == len(b) || a[len(b)] == '.' || a[len(b)] == '['
}
