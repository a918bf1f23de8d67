package expr

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

func arith(op func(a, b int64) (int64, error)) func(*Context, []any) (any, error) {
	return func(_ *Context, a []any) (any, error) {
		x, err := asInt(a[0])
		if err != nil {
			return nil, err
		}
		y, err := asInt(a[1])
		if err != nil {
			return nil, err
		}
		return op(x, y)
	}
}

func fnInt(_ *Context, a []any) (any, error) {
	switch v := a[0].(type) {
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s is not an integer", Quote(v))
		}
		return n, nil
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%v is not a finite number", v)
		}
		return int64(v), nil
	}
	return asInt(a[0])
}

func fnFloat(_ *Context, a []any) (any, error) {
	if s, ok := a[0].(string); ok {
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return nil, fmt.Errorf("%s is not a number", Quote(s))
		}
		return f, nil
	}
	if f, ok := toFloat(a[0]); ok {
		return f, nil
	}
	return nil, fmt.Errorf("cannot convert %s to a number", TypeName(a[0]))
}

func minMax(sign int) func(*Context, []any) (any, error) {
	return func(_ *Context, a []any) (any, error) {
		vals := a
		if len(a) == 1 {
			arr, ok := a[0].([]any)
			if !ok {
				return asInt(a[0])
			}
			vals = arr
		}
		if len(vals) == 0 {
			return nil, errors.New("needs at least one value")
		}
		var best int64
		for i, v := range vals {
			if IsUnknown(v) {
				return Unknown, nil
			}
			n, err := asInt(v)
			if err != nil {
				return nil, err
			}
			if i == 0 || sign < 0 && n < best || sign > 0 && n > best {
				best = n
			}
		}
		return best, nil
	}
}

func fnRange(_ *Context, a []any) (any, error) {
	start, err := asInt(a[0])
	if err != nil {
		return nil, err
	}
	count, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	// ARM itself caps range() at 10,000 elements.
	if count < 0 || count > 10000 {
		return nil, fmt.Errorf("count %d is outside 0..10000", count)
	}
	out := make([]any, count)
	for i := range out {
		out[i] = start + int64(i)
	}
	return out, nil
}
