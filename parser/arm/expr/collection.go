package expr

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

func fnArray(_ *Context, a []any) (any, error) {
	if arr, ok := a[0].([]any); ok {
		return arr, nil
	}
	return []any{a[0]}, nil
}

func fnConcat(c *Context, a []any) (any, error) {
	if len(a) == 0 {
		return "", nil
	}
	if _, ok := a[0].([]any); ok || a[0] == nil {
		var out []any
		for _, v := range a {
			if v == nil {
				continue
			}
			arr, ok := v.([]any)
			if !ok {
				return nil, fmt.Errorf("cannot concatenate an array with %s", TypeName(v))
			}
			if len(out)+len(arr) > MaxArray {
				return nil, fmt.Errorf("the result would have more than %d elements", MaxArray)
			}
			out = append(out, arr...)
		}
		if out == nil {
			out = []any{}
		}
		return out, nil
	}
	var b strings.Builder
	for _, v := range a {
		s, err := toString(c, v)
		if err != nil {
			return nil, err
		}
		if b.Len()+len(s) > MaxString {
			return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

func fnContains(ctx *Context, a []any) (any, error) {
	switch x := a[0].(type) {
	case string:
		s, err := toString(ctx, a[1])
		if err != nil {
			return nil, err
		}
		return strings.Contains(x, s), nil
	case []any:
		for _, e := range x {
			if same, err := ctx.equal(e, a[1]); same || err != nil {
				return same, err
			}
		}
		return false, nil
	case map[string]any:
		k, err := asString(a[1])
		if err != nil {
			return nil, err
		}
		_, ok := Get(x, k)
		return ok, nil
	case nil:
		return false, nil
	}
	return nil, fmt.Errorf("the container must be a string, an array or an object, not %s", TypeName(a[0]))
}

func fnCreateObject(_ *Context, a []any) (any, error) {
	if len(a)%2 != 0 {
		return nil, errors.New("takes key and value pairs: an even number of arguments")
	}
	out := make(map[string]any, len(a)/2)
	for i := 0; i < len(a); i += 2 {
		if IsUnknown(a[i]) {
			return Unknown, nil
		}
		k, err := asString(a[i])
		if err != nil {
			return nil, fmt.Errorf("key %d: %v", i/2+1, err)
		}
		out[k] = a[i+1]
	}
	return out, nil
}

func fnEmpty(_ *Context, a []any) (any, error) {
	switch v := a[0].(type) {
	case nil:
		return true, nil
	case string:
		return v == "", nil
	case []any:
		return len(v) == 0, nil
	case map[string]any:
		return len(v) == 0, nil
	}
	return nil, fmt.Errorf("expects a string, an array, an object or null, not %s", TypeName(a[0]))
}

func fnFirst(_ *Context, a []any) (any, error) {
	switch v := a[0].(type) {
	case string:
		for _, r := range v {
			return string(r), nil
		}
		return "", nil
	case []any:
		if len(v) == 0 {
			return nil, nil
		}
		return v[0], nil
	}
	return nil, fmt.Errorf("expects a string or an array, not %s", TypeName(a[0]))
}

func fnLast(_ *Context, a []any) (any, error) {
	switch v := a[0].(type) {
	case string:
		r := []rune(v)
		if len(r) == 0 {
			return "", nil
		}
		return string(r[len(r)-1]), nil
	case []any:
		if len(v) == 0 {
			return nil, nil
		}
		return v[len(v)-1], nil
	}
	return nil, fmt.Errorf("expects a string or an array, not %s", TypeName(a[0]))
}

func fnFlatten(_ *Context, a []any) (any, error) {
	arr, ok := a[0].([]any)
	if !ok {
		return nil, fmt.Errorf("expects an array of arrays, not %s", TypeName(a[0]))
	}
	out := []any{}
	for _, e := range arr {
		if IsUnknown(e) {
			return Unknown, nil
		}
		inner, ok := e.([]any)
		if !ok {
			return nil, fmt.Errorf("expects an array of arrays; an element is %s", TypeName(e))
		}
		if len(out)+len(inner) > MaxArray {
			return nil, fmt.Errorf("the result would have more than %d elements", MaxArray)
		}
		out = append(out, inner...)
	}
	return out, nil
}

func fnIndexOf(last bool) func(*Context, []any) (any, error) {
	return func(ctx *Context, a []any) (any, error) {
		switch c := a[0].(type) {
		case string:
			s, err := asString(a[1])
			if err != nil {
				return nil, err
			}
			// indexOf on strings ignores case in ARM.
			h, n := strings.ToLower(c), strings.ToLower(s)
			if last {
				return int64(strings.LastIndex(h, n)), nil
			}
			return int64(strings.Index(h, n)), nil
		case []any:
			found := int64(-1)
			for i, e := range c {
				same, err := ctx.equal(e, a[1])
				if err != nil {
					return nil, err
				}
				if same {
					found = int64(i)
					if !last {
						break
					}
				}
			}
			return found, nil
		}
		return nil, fmt.Errorf("expects a string or an array, not %s", TypeName(a[0]))
	}
}

func fnIntersection(c *Context, a []any) (any, error) {
	switch first := a[0].(type) {
	case []any:
		others := make([]*valueSet, 0, len(a)-1)
		for _, other := range a[1:] {
			arr, ok := other.([]any)
			if !ok {
				return nil, fmt.Errorf("cannot intersect an array with %s", TypeName(other))
			}
			set := newValueSet(c)
			for _, e := range arr {
				set.add(e)
			}
			others = append(others, set)
		}
		out := []any{}
		seen := newValueSet(c)
	outer:
		for _, e := range first {
			for _, set := range others {
				in, err := set.has(e)
				if err != nil {
					return nil, err
				}
				if !in {
					continue outer
				}
			}
			dup, err := seen.has(e)
			if err != nil {
				return nil, err
			}
			if !dup {
				seen.add(e)
				out = append(out, e)
			}
		}
		return out, nil
	case map[string]any:
		out := map[string]any{}
		for k, v := range first {
			keep := true
			for _, other := range a[1:] {
				m, ok := other.(map[string]any)
				if !ok {
					return nil, fmt.Errorf("cannot intersect an object with %s", TypeName(other))
				}
				w, ok := Get(m, k)
				same := false
				if ok {
					var err error
					if same, err = c.equal(v, w); err != nil {
						return nil, err
					}
				}
				keep = keep && same
			}
			if keep {
				out[k] = v
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("expects arrays or objects, not %s", TypeName(a[0]))
}

// valueSet answers membership by Equal: scalars through a map, arrays and
// objects by comparison, each charged to the Context so that sets of
// large arrays cannot hide quadratic work in one step.
type valueSet struct {
	c       *Context
	scalars map[any]bool
	others  []any
}

func newValueSet(c *Context) *valueSet { return &valueSet{c: c, scalars: map[any]bool{}} }

// scalarKey is the map key of a value Equal compares by value; numbers
// compare as float64, as Equal does.
func scalarKey(v any) (any, bool) {
	switch v := v.(type) {
	case string, bool, nil:
		return v, true
	case int64:
		return float64(v), true
	case int:
		return float64(v), true
	case float64:
		return v, true
	}
	return nil, false
}

func (s *valueSet) add(v any) {
	if k, ok := scalarKey(v); ok {
		s.scalars[k] = true
		return
	}
	s.others = append(s.others, v)
}

func (s *valueSet) has(v any) (bool, error) {
	if k, ok := scalarKey(v); ok {
		return s.scalars[k], nil
	}
	for _, e := range s.others {
		if same, err := s.c.equal(e, v); same || err != nil {
			return same, err
		}
	}
	return false, nil
}

func fnUnion(c *Context, a []any) (any, error) {
	switch a[0].(type) {
	case []any:
		out := []any{}
		seen := newValueSet(c)
		for _, v := range a {
			arr, ok := v.([]any)
			if !ok {
				return nil, fmt.Errorf("cannot unite an array with %s", TypeName(v))
			}
			for _, e := range arr {
				dup, err := seen.has(e)
				if err != nil {
					return nil, err
				}
				if IsUnknown(e) || !dup {
					seen.add(e)
					out = append(out, e)
				}
				if len(out) > MaxArray {
					return nil, fmt.Errorf("the result would have more than %d elements", MaxArray)
				}
			}
		}
		return out, nil
	case map[string]any:
		out := map[string]any{}
		for _, v := range a {
			if v == nil {
				continue
			}
			m, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("cannot unite an object with %s", TypeName(v))
			}
			mergeInto(out, m, 0)
		}
		return out, nil
	}
	return nil, fmt.Errorf("expects arrays or objects, not %s", TypeName(a[0]))
}

// mergeInto merges src into dst the way union() does: nested objects are
// merged, anything else is replaced by the later value.
func mergeInto(dst, src map[string]any, depth int) {
	for k, v := range src {
		if sub, ok := v.(map[string]any); ok && depth < 64 {
			if have, ok := dst[k].(map[string]any); ok {
				merged := make(map[string]any, len(have)+len(sub))
				mergeInto(merged, have, depth+1)
				mergeInto(merged, sub, depth+1)
				dst[k] = merged
				continue
			}
		}
		dst[k] = v
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return strings.ToLower(keys[i]) < strings.ToLower(keys[j]) })
	return keys
}

func fnItems(c *Context, a []any) (any, error) {
	m, ok := a[0].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("expects an object, not %s", TypeName(a[0]))
	}
	out := make([]any, 0, len(m))
	for _, k := range sortedKeys(m) {
		out = append(out, map[string]any{"key": k, "value": m[k]})
	}
	return out, c.alloc(128 * len(m))
}

func fnLength(_ *Context, a []any) (any, error) {
	switch v := a[0].(type) {
	case string:
		return int64(utf8.RuneCountInString(v)), nil
	case []any:
		return int64(len(v)), nil
	case map[string]any:
		return int64(len(v)), nil
	case nil:
		return int64(0), nil
	}
	return nil, fmt.Errorf("expects a string, an array or an object, not %s", TypeName(a[0]))
}

func fnObjectKeys(_ *Context, a []any) (any, error) {
	m, ok := a[0].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("expects an object, not %s", TypeName(a[0]))
	}
	out := []any{}
	for _, k := range sortedKeys(m) {
		out = append(out, k)
	}
	return out, nil
}

func fnShallowMerge(_ *Context, a []any) (any, error) {
	arr, ok := a[0].([]any)
	if !ok {
		return nil, fmt.Errorf("expects an array of objects, not %s", TypeName(a[0]))
	}
	out := map[string]any{}
	for _, e := range arr {
		if IsUnknown(e) {
			return Unknown, nil
		}
		m, ok := e.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("expects an array of objects; an element is %s", TypeName(e))
		}
		for k, v := range m {
			out[k] = v
		}
	}
	return out, nil
}

func fnSkipTake(skip bool) func(*Context, []any) (any, error) {
	return func(_ *Context, a []any) (any, error) {
		n, err := asInt(a[1])
		if err != nil {
			return nil, err
		}
		switch v := a[0].(type) {
		case string:
			r := []rune(v)
			n = max(0, min(n, int64(len(r))))
			if skip {
				return string(r[n:]), nil
			}
			return string(r[:n]), nil
		case []any:
			n = max(0, min(n, int64(len(v))))
			if skip {
				return v[n:], nil
			}
			return v[:n], nil
		}
		return nil, fmt.Errorf("expects a string or an array, not %s", TypeName(a[0]))
	}
}

func fnTryGet(_ *Context, a []any) (any, error) {
	v := a[0]
	for _, k := range a[1:] {
		if IsUnknown(k) {
			return Unknown, nil
		}
		switch x := v.(type) {
		case map[string]any:
			key, ok := k.(string)
			if !ok {
				return nil, nil
			}
			if v, ok = Get(x, key); !ok {
				return nil, nil
			}
		case []any:
			i, ok := toInt(k)
			if !ok || i < 0 || i >= int64(len(x)) {
				return nil, nil
			}
			v = x[i]
		default:
			return nil, nil
		}
	}
	return v, nil
}
