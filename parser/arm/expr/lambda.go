package expr

import (
	"fmt"
	"sort"
)

func lazyLambda(c *Context, args []Expr) (any, error) {
	l := &Lambda{Body: args[len(args)-1]}
	for _, a := range args[:len(args)-1] {
		lit, ok := a.(*Lit)
		name, isStr := "", false
		if ok {
			name, isStr = lit.Value.(string)
		}
		if !isStr {
			return nil, &Error{Offset: a.Pos(), Msg: "lambda: parameter names must be string literals, as in lambda('x', ...)"}
		}
		l.Params = append(l.Params, name)
	}
	return l, nil
}

func fnLambdaVariables(c *Context, a []any) (any, error) {
	name, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	if v, ok := c.lambdaVar(name); ok {
		return v, nil
	}
	return nil, fmt.Errorf("no lambda parameter named %s is in scope", Quote(name))
}

func lambdaArray(a []any) ([]any, *Lambda, error) {
	arr, ok := a[0].([]any)
	if !ok {
		return nil, nil, fmt.Errorf("expects an array, not %s", TypeName(a[0]))
	}
	l, err := asLambda(a[len(a)-1])
	return arr, l, err
}

func fnFilter(c *Context, a []any) (any, error) {
	arr, l, err := lambdaArray(a)
	if err != nil {
		return nil, err
	}
	out := []any{}
	for i, e := range arr {
		keep, err := c.Apply(l, e, int64(i))
		if err != nil {
			return nil, err
		}
		if IsUnknown(keep) {
			return Unknown, nil
		}
		if b, _ := keep.(bool); b {
			out = append(out, e)
		}
	}
	return out, nil
}

func fnMap(c *Context, a []any) (any, error) {
	arr, l, err := lambdaArray(a)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(arr))
	for i, e := range arr {
		if out[i], err = c.Apply(l, e, int64(i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func fnMapValues(c *Context, a []any) (any, error) {
	m, ok := a[0].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("expects an object, not %s", TypeName(a[0]))
	}
	l, err := asLambda(a[1])
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		if out[k], err = c.Apply(l, v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func fnGroupBy(c *Context, a []any) (any, error) {
	arr, l, err := lambdaArray(a)
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	for _, e := range arr {
		k, err := c.Apply(l, e)
		if err != nil {
			return nil, err
		}
		if IsUnknown(k) {
			return Unknown, nil
		}
		key, err := toString(c, k)
		if err != nil {
			return nil, err
		}
		group, _ := out[key].([]any)
		out[key] = append(group, e)
	}
	return out, nil
}

func fnReduce(c *Context, a []any) (any, error) {
	arr, ok := a[0].([]any)
	if !ok {
		return nil, fmt.Errorf("expects an array, not %s", TypeName(a[0]))
	}
	l, err := asLambda(a[2])
	if err != nil {
		return nil, err
	}
	acc := a[1]
	for i, e := range arr {
		if acc, err = c.Apply(l, acc, e, int64(i)); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func fnSort(c *Context, a []any) (any, error) {
	arr, l, err := lambdaArray(a)
	if err != nil {
		return nil, err
	}
	out := append([]any{}, arr...)
	var firstErr error
	sort.SliceStable(out, func(i, j int) bool {
		if firstErr != nil {
			return false
		}
		less, err := c.Apply(l, out[i], out[j])
		if err != nil {
			firstErr = err
			return false
		}
		b, _ := less.(bool)
		return b
	})
	if firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

func fnToObject(c *Context, a []any) (any, error) {
	arr, ok := a[0].([]any)
	if !ok {
		return nil, fmt.Errorf("expects an array, not %s", TypeName(a[0]))
	}
	keyFn, err := asLambda(a[1])
	if err != nil {
		return nil, err
	}
	var valFn *Lambda
	if len(a) == 3 {
		if valFn, err = asLambda(a[2]); err != nil {
			return nil, err
		}
	}
	out := make(map[string]any, len(arr))
	for _, e := range arr {
		k, err := c.Apply(keyFn, e)
		if err != nil {
			return nil, err
		}
		if IsUnknown(k) {
			return Unknown, nil
		}
		key, err := asString(k)
		if err != nil {
			return nil, fmt.Errorf("the key lambda must return a string: %v", err)
		}
		v := e
		if valFn != nil {
			if v, err = c.Apply(valFn, e); err != nil {
				return nil, err
			}
		}
		out[key] = v
	}
	return out, nil
}
