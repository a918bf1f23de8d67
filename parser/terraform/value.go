package terraform

import (
	"math/big"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/posture-dev/posture/parser"
)

// toGo converts a cty value into the model's Go values. Unknown parts are
// left out and their paths appended to unknown; ok is false when v itself
// is unknown. Elements of lists keep their index, so an unknown element is
// a nil placeholder listed in unknown.
func toGo(v cty.Value, path parser.Path, unknown *[]parser.Path) (any, bool) {
	if !v.IsKnown() {
		*unknown = append(*unknown, path)
		return nil, false
	}
	if v.IsNull() {
		return nil, true
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return v.AsString(), true
	case ty == cty.Bool:
		return v.True(), true
	case ty == cty.Number:
		return number(v.AsBigFloat()), true
	case ty.IsSetType() && !v.IsWhollyKnown():
		// Set elements have no stable position to mark unknown.
		*unknown = append(*unknown, path)
		return nil, false
	case ty.IsListType() || ty.IsTupleType() || ty.IsSetType():
		out := make([]any, 0, v.LengthInt())
		i := 0
		for it := v.ElementIterator(); it.Next(); i++ {
			_, el := it.Element()
			g, _ := toGo(el, path.Key(i), unknown)
			out = append(out, g)
		}
		return out, true
	case ty.IsMapType() || ty.IsObjectType():
		out := make(map[string]any, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			k, el := it.Element()
			if g, ok := toGo(el, path.Key(k.AsString()), unknown); ok {
				out[k.AsString()] = g
			}
		}
		return out, true
	}
	// Capsule types never come out of configuration.
	*unknown = append(*unknown, path)
	return nil, false
}

// number is int64 when f is integral and fits, else float64.
func number(f *big.Float) any {
	if f.IsInt() {
		if i, acc := f.Int64(); acc == big.Exact {
			return i
		}
	}
	x, _ := f.Float64()
	return x
}

func convertTo(v cty.Value, ty cty.Type) (cty.Value, error) {
	return convert.Convert(v, ty)
}
