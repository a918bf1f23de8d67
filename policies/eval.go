package policies

import (
	"context"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/posture-dev/posture/parser"
)

// evalSafely is evalResource with a panic (a bug in the engine or in OPA
// triggered by one resource) turned into a diagnostic on that resource, so
// it never costs the findings of the others.
func (e *Engine) evalSafely(ctx context.Context, cancel topdown.Cancel, qs []preparedGroup, r *parser.Resource, input ast.Value) (fs []Finding, ds []parser.Diagnostic) {
	defer func() {
		if p := recover(); p != nil {
			fs = nil
			ds = []parser.Diagnostic{parser.Errorf(r.Header,
				"internal error while evaluating the policies on %s (please report it with this file): %v", r.ID, p)}
		}
	}()
	return e.evalResource(ctx, cancel, qs, r, input)
}

// evalResource evaluates the prepared queries of a resource's type on it.
// When a query fails (a policy's runtime error), each of its rules is
// evaluated alone so that one broken rule costs only its own results, and
// the failure becomes a diagnostic naming the rule.
func (e *Engine) evalResource(ctx context.Context, cancel topdown.Cancel, qs []preparedGroup, r *parser.Resource, input ast.Value) ([]Finding, []parser.Diagnostic) {
	var out []Finding
	var diags []parser.Diagnostic
	for _, q := range qs {
		vc := getVirtualCache()
		rs, err := q.pq.Eval(ctx,
			rego.EvalParsedInput(input),
			rego.EvalExternalCancel(cancel),
			rego.EvalGenerateJSON(rawTerm),
			rego.EvalVirtualCache(vc),
		)
		putVirtualCache(vc)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil
			}
			for _, rule := range q.rules {
				fs, err := e.evalOne(ctx, q, rule, r, input)
				if err != nil {
					diags = append(diags, parser.Errorf(r.Header,
						"policy %s (%s) failed on %s: %v", rule.ID, rule.File, r.ID, err))
					continue
				}
				out = append(out, fs...)
			}
			continue
		}
		if len(rs) == 0 {
			continue
		}
		sets, _ := rs[0].Bindings["x"].(*ast.Term)
		if sets == nil {
			continue
		}
		arr, _ := sets.Value.(*ast.Array)
		for i, rule := range q.rules {
			if arr == nil || i >= arr.Len() {
				break
			}
			out = append(out, e.findings(rule, r, arr.Elem(i))...)
		}
	}
	return out, diags
}

// evalOne evaluates one rule on one resource, outside the prepared type
// query; used only to isolate a failing rule. It reads the same
// data.posture: without it, a runtime error in one rule (which the
// resource's content can provoke) would silently cost the findings of
// every rule of the group that reads it.
func (e *Engine) evalOne(ctx context.Context, q preparedGroup, rule *Rule, r *parser.Resource, input ast.Value) ([]Finding, error) {
	comp, err := e.compile(e.groups[rule.Provider])
	if err != nil {
		return nil, err
	}
	rs, err := rego.New(
		rego.Compiler(comp),
		rego.Capabilities(capabilities),
		rego.Query("x = data."+rule.Package+".deny"),
		rego.Store(q.store),
		rego.ParsedInput(input),
	).Eval(ctx)
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, nil
	}
	t := ast.NewTerm(nil)
	if v, err := ast.InterfaceToValue(rs[0].Bindings["x"]); err == nil {
		t = ast.NewTerm(v)
	}
	return e.findings(rule, r, t), nil
}

// findings converts a rule's deny set into findings on r.
func (e *Engine) findings(rule *Rule, r *parser.Resource, set *ast.Term) []Finding {
	if set == nil || set.Value == nil {
		return nil
	}
	var out []Finding
	add := func(el *ast.Term) {
		f, ok := e.finding(rule, r, el.Value)
		if ok {
			out = append(out, f)
		}
	}
	switch v := set.Value.(type) {
	case ast.Set:
		v.Foreach(add)
	case *ast.Array:
		v.Foreach(add)
	}
	return out
}

func (e *Engine) finding(rule *Rule, r *parser.Resource, v ast.Value) (Finding, bool) {
	f := Finding{
		Rule:         rule,
		RuleID:       rule.ID,
		Severity:     rule.Severity,
		Status:       StatusFail,
		ResourceID:   r.ID,
		ResourceType: r.Type,
		ResourceName: r.Name,
		Provider:     r.Provider,
		Format:       r.Format,
		Meta:         r.Meta,
	}
	var p parser.Path
	switch t := v.(type) {
	case ast.String:
		f.Message = string(t)
	case ast.Object:
		if mt := t.Get(keyMsg); mt != nil {
			if m, ok := mt.Value.(ast.String); ok {
				f.Message = string(m)
			}
		}
		if pt := t.Get(keyPath); pt != nil {
			p = toPath(pt.Value)
		}
		if st := t.Get(keySeverity); st != nil {
			if s, ok := st.Value.(ast.String); ok {
				if sev, err := ParseSeverity(string(s)); err == nil {
					f.Severity = sev
				}
			}
		}
		if st := t.Get(keyStatus); st != nil {
			if s, ok := st.Value.(ast.String); ok && Status(s) == StatusReview {
				f.Status = StatusReview
			}
		}
	default:
		f.Message = v.String()
	}
	if f.Message == "" {
		f.Message = fmt.Sprintf("%s: %s", rule.Title, r.ID)
	}
	// Unknown is not false: a finding that blames a value the scan could
	// not know is not a violation, whatever the policy concluded.
	if len(p) > 0 && r.IsUnknown(p) {
		f.Status = StatusReview
	}
	if f.Status == StatusReview && !e.opts.ShowUnknown {
		return Finding{}, false
	}
	// The string of every prefix of p is a prefix of p's string: render
	// it once and slice it, rather than rendering each prefix again to
	// walk up to the nearest declared ancestor.
	var ends []int
	f.Path, ends = p.Prefixes()
	if n, ok := r.Names[f.Path]; ok {
		f.Attribute = n
	}
	f.Range = locate(r, f.Path, ends)
	if len(r.Origins) > 0 {
		// Down to n = 0: the key "" holds the origins of the resource as
		// a whole, for a finding on an attribute it does not set.
		for n := len(p); n >= 0; n-- {
			if chain, ok := r.Origins[f.Path[:ends[n]]]; ok {
				f.Related = elsewhere(chain, f.Range)
				break
			}
		}
	}
	f.Fingerprint = Fingerprint(rule.ID, f.Range.File, r.ID, f.Path)
	return f, true
}

// elsewhere drops from an origin chain the places that contain at, the
// finding's own location: a finding already inside the data block or
// module argument the value came from need not point there again.
func elsewhere(chain []parser.Range, at parser.Range) []parser.Range {
	var out []parser.Range
	for _, o := range chain {
		if o.Encloses(at) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// locate is r.Locate(p), given p's string s and the end in s of each of its
// prefixes (ends[n] for p[:n]): the range of the deepest declared ancestor
// of the value, else the resource header, else the resource.
func locate(r *parser.Resource, s string, ends []int) parser.Range {
	for n := len(ends) - 1; n > 0; n-- {
		if rg, ok := r.Ranges[s[:ends[n]]]; ok {
			return rg
		}
	}
	if !r.Header.IsZero() {
		return r.Header
	}
	return r.Range
}

// toPath reads a policy's path: an array of keys and indexes, or the
// canonical string form.
func toPath(v ast.Value) parser.Path {
	switch t := v.(type) {
	case *ast.Array:
		p := make(parser.Path, 0, t.Len())
		t.Foreach(func(el *ast.Term) {
			switch x := el.Value.(type) {
			case ast.String:
				p = append(p, string(x))
			case ast.Number:
				if n, ok := x.Int(); ok {
					p = append(p, n)
				}
			}
		})
		return p
	case ast.String:
		p, err := parser.ParsePath(string(t))
		if err == nil {
			return p
		}
	}
	return nil
}
