package expr

import (
	"fmt"
	"math"
	"strings"
)

func lazyIf(c *Context, args []Expr) (any, error) {
	cond, err := c.Eval(args[0])
	if err != nil {
		return nil, err
	}
	if IsUnknown(cond) {
		// Both branches may be taken; the result is known only if they agree.
		a, errA := c.Eval(args[1])
		b, errB := c.Eval(args[2])
		if errA != nil || errB != nil {
			return Unknown, nil
		}
		unknown, err := c.hasUnknown(a)
		if err != nil {
			return nil, err
		}
		same, err := c.equal(a, b)
		if err != nil {
			return nil, err
		}
		if !unknown && same {
			return a, nil
		}
		return Unknown, nil
	}
	b, err := asBool(cond)
	if err != nil {
		return nil, &Error{Offset: args[0].Pos(), Msg: "if: the condition: " + err.Error()}
	}
	if b {
		return c.Eval(args[1])
	}
	return c.Eval(args[2])
}

// logic implements and (short = false) and or (short = true): the short
// value decides even when other operands are unknown.
func logic(short bool) func(*Context, []any) (any, error) {
	return func(_ *Context, args []any) (any, error) {
		unknown := false
		for _, a := range args {
			if IsUnknown(a) {
				unknown = true
				continue
			}
			b, err := asBool(a)
			if err != nil {
				return nil, err
			}
			if b == short {
				return short, nil
			}
		}
		if unknown {
			return Unknown, nil
		}
		return !short, nil
	}
}

func fnBool(_ *Context, a []any) (any, error) {
	switch v := a[0].(type) {
	case bool:
		return v, nil
	case string:
		switch strings.ToLower(v) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("%s is neither 'true' nor 'false'", Quote(v))
	}
	if n, ok := toInt(a[0]); ok {
		return n != 0, nil
	}
	return nil, fmt.Errorf("cannot convert %s to a boolean", TypeName(a[0]))
}

// Equal compares two values the way equals() does. Values nested more
// than MaxDepth levels deep are not followed, and compare unequal.
func Equal(a, b any) bool {
	left := math.MaxInt
	return equal(a, b, 0, &left)
}

// equal stops, reporting false, once it has visited *left values.
func equal(a, b any, depth int, left *int) bool {
	if *left--; *left < 0 {
		return false
	}
	switch a := a.(type) {
	case []any:
		b, ok := b.([]any)
		if !ok || len(a) != len(b) || depth >= MaxDepth {
			return false
		}
		for i := range a {
			if !equal(a[i], b[i], depth+1, left) {
				return false
			}
		}
		return true
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok || len(a) != len(b) || depth >= MaxDepth {
			return false
		}
		for k, v := range a {
			w, ok := Get(b, k)
			if !ok || !equal(v, w, depth+1, left) {
				return false
			}
		}
		return true
	}
	if x, ok := toFloat(a); ok {
		y, ok := toFloat(b)
		return ok && x == y
	}
	return a == b
}

func toFloat(v any) (float64, bool) {
	switch v := v.(type) {
	case int64:
		return float64(v), true
	case int:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

func compare(ok func(int) bool) func(*Context, []any) (any, error) {
	return func(_ *Context, a []any) (any, error) {
		if x, isNum := toFloat(a[0]); isNum {
			y, isNum := toFloat(a[1])
			if !isNum {
				return nil, fmt.Errorf("cannot compare %s with %s", TypeName(a[0]), TypeName(a[1]))
			}
			switch {
			case x < y:
				return ok(-1), nil
			case x > y:
				return ok(1), nil
			}
			return ok(0), nil
		}
		x, err := asString(a[0])
		if err != nil {
			return nil, fmt.Errorf("compares integers or strings, not %s", TypeName(a[0]))
		}
		y, err := asString(a[1])
		if err != nil {
			return nil, fmt.Errorf("cannot compare a string with %s", TypeName(a[1]))
		}
		return ok(strings.Compare(x, y)), nil
	}
}

func fnCoalesce(_ *Context, args []any) (any, error) {
	for _, a := range args {
		if IsUnknown(a) {
			return Unknown, nil
		}
		if a != nil {
			return a, nil
		}
	}
	return nil, nil
}
