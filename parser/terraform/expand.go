package terraform

import (
	"fmt"
	"math/big"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
)

type expandMode int

const (
	single expandMode = iota
	byCount
	byForEach
)

// instanceScope is one instance of a counted or for_each resource or module
// call: its address suffix and the symbols (count, each) it sees.
type instanceScope struct {
	suffix string
	key    string
	scope  map[string]cty.Value
}

// expansion is what count or for_each made of a block. When the number of
// instances cannot be known, one representative instance is evaluated with
// count.index or each.key and each.value unknown, so the values that do not
// depend on them are still checked.
type expansion struct {
	mode      expandMode
	instances []instanceScope
	unknown   bool
}

func (in *instance) expand(count, forEach *hcl.Attribute) expansion {
	switch {
	case count != nil:
		v, _ := in.eval(count.Expr, nil)
		return in.expandCount(count, v)
	case forEach != nil:
		v, _ := in.eval(forEach.Expr, nil)
		return in.expandForEach(forEach, v)
	}
	return expansion{mode: single, instances: []instanceScope{{}}}
}

func unknownCount() expansion {
	return expansion{mode: byCount, unknown: true, instances: []instanceScope{{
		scope: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}}}
}

func (in *instance) expandCount(a *hcl.Attribute, v cty.Value) expansion {
	v, _ = v.Unmark()
	if !v.IsKnown() {
		return unknownCount()
	}
	if v.IsNull() || !v.Type().Equals(cty.Number) && !v.Type().Equals(cty.String) {
		in.st.warn(in.mod, a.Expr.Range(), "count must be a whole number, got %s; the resource is evaluated once with an unknown count.index", typeName(v))
		return unknownCount()
	}
	if v.Type() == cty.String {
		var err error
		if v, err = convertTo(v, cty.Number); err != nil {
			in.st.warn(in.mod, a.Expr.Range(), "count must be a whole number: %v", err)
			return unknownCount()
		}
	}
	bf := v.AsBigFloat()
	n, acc := bf.Int64()
	if acc != big.Exact || n < 0 {
		in.st.warn(in.mod, a.Expr.Range(), "count must be a non-negative whole number, got %s", bf.Text('g', -1))
		return unknownCount()
	}
	if n > maxInstances {
		in.st.warn(in.mod, a.Expr.Range(), "count of %d exceeds the %d instances evaluated; the resource is evaluated once with an unknown count.index", n, maxInstances)
		return unknownCount()
	}
	if !in.fanOut(a.Expr.Range(), "count", int(n)) {
		return expansion{mode: byCount, unknown: true}
	}
	e := expansion{mode: byCount, instances: make([]instanceScope, 0, n)}
	for i := int64(0); i < n; i++ {
		idx := cty.NumberIntVal(i)
		e.instances = append(e.instances, instanceScope{suffix: instanceKey(idx), key: instanceKey(idx),
			scope: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": idx})}})
	}
	return e
}

func unknownEach() expansion {
	return expansion{mode: byForEach, unknown: true, instances: []instanceScope{{
		scope: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}}}}
}

func (in *instance) expandForEach(a *hcl.Attribute, v cty.Value) expansion {
	v, _ = v.UnmarkDeep()
	if !v.IsKnown() {
		return unknownEach()
	}
	ty := v.Type()
	if v.IsNull() || !(ty.IsMapType() || ty.IsObjectType() || ty.IsSetType()) {
		in.st.warn(in.mod, a.Expr.Range(), "for_each needs a map or a set of strings, got %s; wrap a list in toset() or build a map with a for expression", typeName(v))
		return unknownEach()
	}
	if ty.IsSetType() && !v.IsWhollyKnown() {
		// The keys of a set are its elements: one unknown element hides
		// how many instances there are.
		return unknownEach()
	}
	if v.LengthInt() > maxInstances {
		in.st.warn(in.mod, a.Expr.Range(), "for_each over %d elements exceeds the %d instances evaluated", v.LengthInt(), maxInstances)
		return unknownEach()
	}
	if !in.fanOut(a.Expr.Range(), "for_each", v.LengthInt()) {
		return expansion{mode: byForEach, unknown: true}
	}
	e := expansion{mode: byForEach, instances: make([]instanceScope, 0, v.LengthInt())}
	for it := v.ElementIterator(); it.Next(); {
		k, val := it.Element()
		if ty.IsSetType() {
			if k.Type() != cty.String {
				sk, err := convertTo(k, cty.String)
				if err != nil || sk.IsNull() {
					in.st.warn(in.mod, a.Expr.Range(), "for_each over a set needs strings, got an element of type %s", k.Type().FriendlyName())
					return unknownEach()
				}
				k = sk
			}
			val = k
		}
		e.instances = append(e.instances, instanceScope{suffix: instanceKey(k), key: k.AsString(),
			scope: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": k, "value": val})}})
	}
	return e
}

// fanOut checks, before any instance is built, that n instances of a block
// in every copy of this module stay within the unit's budget of block
// instances. Counted module calls multiply: a count of 100 four levels
// deep is 10^8 instances, and charging them one by one as they are built
// would first evaluate the 100,000 the budget allows, with everything they
// hold. The product is an upper bound (a count may differ between copies),
// so it is compared with the whole budget, not what is left of it.
func (in *instance) fanOut(r hcl.Range, what string, n int) bool {
	total := in.copies * n
	if total <= maxBlocks {
		return true
	}
	in.st.stop(in.mod, r, fmt.Sprintf("%s of %d in a module evaluated %d times makes %d instances, more than %d resource, module and dynamic block instances evaluated per configuration",
		what, n, in.copies, total, maxBlocks))
	return false
}

// collect assembles the values of the instances the way references see
// them: one object, a tuple for count, an object for for_each.
func (e expansion) collect(vals []cty.Value) cty.Value {
	if e.unknown {
		return cty.DynamicVal
	}
	switch e.mode {
	case byCount:
		if len(vals) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(vals)
	case byForEach:
		m := make(map[string]cty.Value, len(vals))
		for i, inst := range e.instances {
			m[inst.key] = vals[i]
		}
		return cty.ObjectVal(m)
	}
	if len(vals) == 0 {
		return cty.DynamicVal
	}
	return vals[0]
}

// noteUnknownExpansion says, when --show-unknown asks, that the count or
// for_each of addr is not known, so one instance was checked for all.
func (in *instance) noteUnknownExpansion(e expansion, count, forEach *hcl.Attribute, addr string) {
	if !e.unknown || len(e.instances) == 0 || !in.st.opts.ShowUnknown {
		return
	}
	a, what, sym := count, "count", "count.index"
	if a == nil {
		a, what, sym = forEach, "for_each", "each.key and each.value"
	}
	if a == nil {
		return
	}
	in.st.add(parser.Notef(in.userRange(a.Expr.Range()),
		"%s: %s cannot be known before apply, so how many instances there are is unknown; one instance is checked for all of them, with %s unknown",
		addr, what, sym))
}

func typeName(v cty.Value) string {
	if v.IsNull() {
		return "null"
	}
	return v.Type().FriendlyName()
}
