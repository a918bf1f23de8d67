package terraform

import (
	"math"
	"reflect"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// maxIterations bounds the work nested for expressions may do in one
// expression, unitIterations in one unit. HCL evaluates them without a way
// to stop, so an expression whose loops could multiply beyond that is not
// evaluated at all.
const (
	maxIterations  = 2_000_000
	unitIterations = 20_000_000
)

// costWalker measures how deeply for expressions nest and what in the
// expression itself could make collections large.
type costWalker struct {
	depth, maxDepth int
	// calls is one more than the nesting of for expressions around a
	// function call in their bodies: cty goes through every argument of a
	// call (for marks) before the function runs, so contains(local.l, x)
	// in a loop over local.l is a loop in a loop. Collection expressions
	// (colls) are evaluated once per loop, not per iteration.
	calls  int
	colls  map[hclsyntax.Node]bool
	inColl int
	gen    int  // largest collection a generator function could yield
	splits bool // strings may become collections of their bytes
	strLen int  // longest string literal
}

func (w *costWalker) Enter(n hclsyntax.Node) hcl.Diagnostics {
	if w.isColl(n) {
		w.inColl++
	}
	switch e := n.(type) {
	case *hclsyntax.ForExpr:
		w.depth++
		w.maxDepth = max(w.maxDepth, w.depth)
		if w.colls == nil {
			w.colls = map[hclsyntax.Node]bool{}
		}
		w.colls[e.CollExpr] = true
	case *hclsyntax.FunctionCallExpr:
		if body := w.depth - w.inColl; body > 0 {
			w.calls = max(w.calls, body+1)
		}
		switch e.Name {
		case "range", "cidrsubnets":
			w.gen = max(w.gen, 1024)
		case "setproduct":
			w.gen = max(w.gen, maxCollection)
		case "split", "regexall", "chunklist", "csvdecode", "jsondecode", "yamldecode":
			// These can turn a string into as many elements as it has bytes.
			w.splits = true
		}
	case *hclsyntax.LiteralValueExpr:
		if e.Val.Type() == cty.String && e.Val.IsKnown() && !e.Val.IsNull() {
			w.strLen = max(w.strLen, len(e.Val.AsString()))
		}
	}
	return nil
}

func (w *costWalker) Exit(n hclsyntax.Node) hcl.Diagnostics {
	if _, ok := n.(*hclsyntax.ForExpr); ok {
		w.depth--
	}
	if w.isColl(n) {
		w.inColl--
	}
	return nil
}

// isColl tells the collection expressions of for expressions. Some nodes
// are values that cannot be map keys (hclsyntax.ChildScope).
func (w *costWalker) isColl(n hclsyntax.Node) bool {
	return w.colls != nil && reflect.TypeOf(n).Comparable() && w.colls[n]
}

// cost estimates how many times nested for expressions in expr could
// iterate over the values in vars: the largest collection to the power of
// the nesting depth. Expressions without nested loops cost nothing here.
func cost(expr hcl.Expression, vars map[string]cty.Value) float64 {
	se, ok := expr.(hclsyntax.Expression)
	if !ok {
		return 0
	}
	w := &costWalker{}
	_ = hclsyntax.Walk(se, w)
	if w.maxDepth < 2 && w.calls < 2 {
		return 0
	}
	budget := 100000
	vsize := 0
	for _, v := range vars {
		vsize = max(vsize, largest(v, w.splits, &budget))
	}
	// Calls go through the values they are given, not through what a
	// generator in the loop's collection yields.
	c := math.Pow(float64(max(vsize, 1)), float64(w.calls))
	if w.maxDepth < 2 {
		return c
	}
	size := max(w.gen, vsize)
	if w.splits {
		size = max(size, w.strLen)
	}
	return max(c, math.Pow(float64(max(size, 1)), float64(w.maxDepth)))
}

// largest is the largest collection (or, with strs, string length) inside
// v, looking at no more than budget values.
func largest(v cty.Value, strs bool, budget *int) int {
	*budget--
	if *budget < 0 || !v.IsKnown() || v.IsNull() {
		return 0
	}
	v, _ = v.Unmark()
	ty := v.Type()
	if ty == cty.String {
		if strs {
			return len(v.AsString())
		}
		return 0
	}
	if !v.CanIterateElements() {
		return 0
	}
	n := v.LengthInt()
	for it := v.ElementIterator(); it.Next() && *budget > 0; {
		_, el := it.Element()
		n = max(n, largest(el, strs, budget))
	}
	return n
}
