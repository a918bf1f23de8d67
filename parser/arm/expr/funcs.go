package expr

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Placeholders for facts of the deployment target. They are stable so that
// ids and names computed from them are the same in every run, and obviously
// fake so that nobody mistakes them for real ones.
const (
	SubscriptionID    = "00000000-0000-0000-0000-000000000000"
	TenantID          = "00000000-0000-0000-0000-000000000000"
	ResourceGroupName = "resource-group"
	ManagementGroup   = "management-group"
	DeploymentName    = "deployment"
)

var (
	builtinsOnce sync.Once
	builtins     map[string]*Func
)

// builtin returns the standard function name (case-insensitive), or nil.
func builtin(name string) *Func {
	builtinsOnce.Do(initBuiltins)
	return builtins[strings.ToLower(name)]
}

// Builtins lists the names of the standard functions, for documentation
// and tests.
func Builtins() []string {
	builtinsOnce.Do(initBuiltins)
	out := make([]string, 0, len(builtins))
	for k := range builtins {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func eager(minArgs, maxArgs int, f func(c *Context, args []any) (any, error)) *Func {
	return &Func{Eager: f, MinArgs: minArgs, MaxArgs: maxArgs}
}

func deep(minArgs, maxArgs int, f func(c *Context, args []any) (any, error)) *Func {
	return &Func{Eager: f, MinArgs: minArgs, MaxArgs: maxArgs, Deep: true}
}

func constant(v func() any) *Func {
	return eager(0, 0, func(*Context, []any) (any, error) { return v(), nil })
}

func unknownFunc(minArgs, maxArgs int) *Func {
	return &Func{Eager: func(*Context, []any) (any, error) { return Unknown, nil }, MinArgs: minArgs, MaxArgs: maxArgs, TakesUnknown: true}
}

// sharing marks a function whose result is part of an argument.
func sharing(f *Func) *Func {
	f.Shares = true
	return f
}

func initBuiltins() {
	builtins = map[string]*Func{
		// Logical.
		"true":  constant(func() any { return true }),
		"false": constant(func() any { return false }),
		"null":  constant(func() any { return nil }),
		"if":    {Lazy: lazyIf, MinArgs: 3, MaxArgs: 3},
		"and":   {Eager: logic(false), MinArgs: 1, MaxArgs: -1, TakesUnknown: true},
		"or":    {Eager: logic(true), MinArgs: 1, MaxArgs: -1, TakesUnknown: true},
		"not": eager(1, 1, func(_ *Context, a []any) (any, error) {
			b, err := asBool(a[0])
			return !b, err
		}),
		"bool": eager(1, 1, fnBool),

		// Comparison.
		"equals":          deep(2, 2, func(c *Context, a []any) (any, error) { return c.equal(a[0], a[1]) }),
		"less":            eager(2, 2, compare(func(c int) bool { return c < 0 })),
		"lessorequals":    eager(2, 2, compare(func(c int) bool { return c <= 0 })),
		"greater":         eager(2, 2, compare(func(c int) bool { return c > 0 })),
		"greaterorequals": eager(2, 2, compare(func(c int) bool { return c >= 0 })),
		"coalesce":        {Eager: fnCoalesce, MinArgs: 1, MaxArgs: -1, TakesUnknown: true, Shares: true},

		// Numeric.
		"add": eager(2, 2, arith(func(a, b int64) (int64, error) { return a + b, nil })),
		"sub": eager(2, 2, arith(func(a, b int64) (int64, error) { return a - b, nil })),
		"mul": eager(2, 2, arith(func(a, b int64) (int64, error) { return a * b, nil })),
		"div": eager(2, 2, arith(func(a, b int64) (int64, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a / b, nil
		})),
		"mod": eager(2, 2, arith(func(a, b int64) (int64, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a % b, nil
		})),
		"int":   eager(1, 1, fnInt),
		"float": eager(1, 1, fnFloat),
		"min":   eager(1, -1, minMax(-1)),
		"max":   eager(1, -1, minMax(1)),
		"range": eager(2, 2, fnRange),

		// String.
		"string":         deep(1, 1, func(c *Context, a []any) (any, error) { return toString(c, a[0]) }),
		"base64":         eager(1, 1, strFn(func(s string) (any, error) { return base64.StdEncoding.EncodeToString([]byte(s)), nil })),
		"base64tostring": eager(1, 1, strFn(decodeBase64)),
		"base64tojson":   eager(1, 1, fnBase64ToJSON),
		"datauri": eager(1, 1, strFn(func(s string) (any, error) {
			return "data:text/plain;charset=utf8;base64," + base64.StdEncoding.EncodeToString([]byte(s)), nil
		})),
		"datauritostring":      eager(1, 1, strFn(dataURIToString)),
		"endswith":             eager(2, 2, str2(func(a, b string) any { return strings.HasSuffix(strings.ToLower(a), strings.ToLower(b)) })),
		"startswith":           eager(2, 2, str2(func(a, b string) any { return strings.HasPrefix(strings.ToLower(a), strings.ToLower(b)) })),
		"format":               deep(1, -1, fnFormat),
		"guid":                 deep(1, -1, fnGUID),
		"uniquestring":         deep(1, -1, fnUniqueString),
		"newguid":              unknownFunc(0, 0),
		"utcnow":               unknownFunc(0, 1),
		"padleft":              eager(2, 3, fnPadLeft),
		"replace":              eager(3, 3, fnReplace),
		"split":                eager(2, 2, fnSplit),
		"substring":            eager(2, 3, fnSubstring),
		"tolower":              eager(1, 1, strFn(func(s string) (any, error) { return strings.ToLower(s), nil })),
		"toupper":              eager(1, 1, strFn(func(s string) (any, error) { return strings.ToUpper(s), nil })),
		"trim":                 eager(1, 1, strFn(func(s string) (any, error) { return strings.TrimSpace(s), nil })),
		"uri":                  eager(2, 2, fnURI),
		"uricomponent":         eager(1, 1, strFn(func(s string) (any, error) { return escapeDataString(s), nil })),
		"uricomponenttostring": eager(1, 1, strFn(func(s string) (any, error) { return url.PathUnescape(s) })),
		"join":                 deep(2, 2, fnJoin),
		"json":                 eager(1, 1, fnJSON),

		// Array, object and string alike.
		"array":        {Eager: fnArray, MinArgs: 1, MaxArgs: 1, TakesUnknown: true, Shares: true},
		"concat":       eager(0, -1, fnConcat),
		"contains":     deep(2, 2, fnContains),
		"createarray":  {Eager: func(_ *Context, a []any) (any, error) { return append([]any{}, a...), nil }, MinArgs: 0, MaxArgs: -1, TakesUnknown: true},
		"createobject": {Eager: fnCreateObject, MinArgs: 0, MaxArgs: -1, TakesUnknown: true},
		"empty":        eager(1, 1, fnEmpty),
		"first":        sharing(eager(1, 1, fnFirst)),
		"last":         sharing(eager(1, 1, fnLast)),
		"flatten":      eager(1, 1, fnFlatten),
		"indexof":      deep(2, 2, fnIndexOf(false)),
		"lastindexof":  deep(2, 2, fnIndexOf(true)),
		"intersection": deep(2, -1, fnIntersection),
		"union":        eager(1, -1, fnUnion),
		"items":        eager(1, 1, fnItems),
		"length":       eager(1, 1, fnLength),
		"objectkeys":   eager(1, 1, fnObjectKeys),
		"shallowmerge": eager(1, 1, fnShallowMerge),
		"skip":         sharing(eager(2, 2, fnSkipTake(true))),
		"take":         sharing(eager(2, 2, fnSkipTake(false))),
		"tryget":       sharing(eager(2, -1, fnTryGet)),

		// Lambda.
		"lambda":          {Lazy: lazyLambda, MinArgs: 1, MaxArgs: -1},
		"lambdavariables": sharing(eager(1, 1, fnLambdaVariables)),
		"filter":          eager(2, 2, fnFilter),
		"map":             eager(2, 2, fnMap),
		"mapvalues":       eager(2, 2, fnMapValues),
		"groupby":         eager(2, 2, fnGroupBy),
		"reduce":          sharing(eager(3, 3, fnReduce)),
		"sort":            deep(2, 2, fnSort),
		"toobject":        eager(2, 3, fnToObject),

		// Date.
		"datetimeadd":       eager(2, 3, fnDateTimeAdd),
		"datetimetoepoch":   eager(1, 1, fnDateTimeToEpoch),
		"datetimefromepoch": eager(1, 1, fnDateTimeFromEpoch),

		// Network.
		"parsecidr":  eager(1, 1, fnParseCidr),
		"cidrsubnet": eager(3, 3, fnCidrSubnet),
		"cidrhost":   eager(2, 2, fnCidrHost),

		// Deployment and scope, with placeholder values.
		"deployment":      constant(deploymentObject),
		"environment":     constant(environmentObject),
		"subscription":    eager(0, 1, fnSubscription),
		"resourcegroup":   eager(0, 2, fnResourceGroup),
		"tenant":          constant(tenantObject),
		"managementgroup": eager(0, 1, fnManagementGroup),

		// Resource ids.
		"resourceid":                eager(2, -1, fnResourceID),
		"subscriptionresourceid":    eager(2, -1, fnSubscriptionResourceID),
		"tenantresourceid":          eager(2, -1, fnTenantResourceID),
		"extensionresourceid":       eager(3, -1, fnExtensionResourceID),
		"managementgroupresourceid": eager(2, -1, fnManagementGroupResourceID),

		// Runtime state: only a live deployment knows it.
		"reference":  unknownFunc(1, 3),
		"references": unknownFunc(0, 2),
		"providers":  unknownFunc(1, 2),
		"pickzones":  unknownFunc(3, 5),
		"fail": eager(1, 1, func(_ *Context, a []any) (any, error) {
			return nil, fmt.Errorf("the template calls fail(%s)", Quote(a[0]))
		}),
	}
}

// Argument helpers.

func asString(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return "", fmt.Errorf("expected a string, got %s", TypeName(v))
}

func asInt(v any) (int64, error) {
	if n, ok := toInt(v); ok {
		return n, nil
	}
	return 0, fmt.Errorf("expected an integer, got %s", TypeName(v))
}

func asBool(v any) (bool, error) {
	if b, ok := v.(bool); ok {
		return b, nil
	}
	return false, fmt.Errorf("expected a boolean, got %s", TypeName(v))
}

func asLambda(v any) (*Lambda, error) {
	if l, ok := v.(*Lambda); ok {
		return l, nil
	}
	return nil, fmt.Errorf("expected a lambda(...), got %s", TypeName(v))
}

func strFn(f func(string) (any, error)) func(*Context, []any) (any, error) {
	return func(_ *Context, a []any) (any, error) {
		s, err := asString(a[0])
		if err != nil {
			return nil, err
		}
		return f(s)
	}
}

func str2(f func(a, b string) any) func(*Context, []any) (any, error) {
	return func(_ *Context, a []any) (any, error) {
		x, err := asString(a[0])
		if err != nil {
			return nil, err
		}
		y, err := asString(a[1])
		if err != nil {
			return nil, err
		}
		return f(x, y), nil
	}
}

func checkLen(s string) (any, error) {
	if len(s) > MaxString {
		return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
	}
	return s, nil
}

// Logical and comparison.

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

// Numeric.

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

// String.

// toString renders a value the way string() and format() do.
func toString(c *Context, v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case bool:
		// ARM runs on .NET, whose booleans print capitalised.
		if v {
			return "True", nil
		}
		return "False", nil
	case nil:
		return "", nil
	case []any, map[string]any:
		return toJSON(c, v)
	}
	return "", fmt.Errorf("cannot convert %s to a string", TypeName(v))
}

// ToJSON serialises a value compactly, as string() does for arrays and
// objects. A value whose text would be longer than MaxString, or that
// nests deeper than MaxDepth, is refused before anything is rendered:
// arrays may share one large element many times over.
func ToJSON(v any) (string, error) { return toJSON(nil, v) }

// toJSON is ToJSON charging what it renders to c's byte budget (when c is
// set): a value measured at a megabyte costs that even when it is then
// compared or hashed rather than kept.
func toJSON(c *Context, v any) (string, error) {
	n := 0
	if !jsonFits(v, 0, &n) {
		return "", fmt.Errorf("the value is too large or too deeply nested to convert to text (limits: %d bytes, %d levels)", MaxString, MaxDepth)
	}
	if c != nil {
		if err := c.alloc(n); err != nil {
			return "", err
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// jsonFits adds to *n at least the length of v's JSON text and reports
// whether it stays within MaxString and MaxDepth. It stops as soon as it
// does not, so its cost is bounded by MaxString whatever v shares.
func jsonFits(v any, depth int, n *int) bool {
	if *n > MaxString || depth > MaxDepth {
		return false
	}
	switch v := v.(type) {
	case string:
		*n += len(v) + 2
	case []any:
		*n += 2
		for _, e := range v {
			*n++
			if !jsonFits(e, depth+1, n) {
				return false
			}
		}
	case map[string]any:
		*n += 2
		for k, e := range v {
			*n += len(k) + 4
			if !jsonFits(e, depth+1, n) {
				return false
			}
		}
	default:
		*n++
	}
	return *n <= MaxString
}

func fnJSON(c *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	// Decoded values take several times the bytes of their text.
	if err := c.alloc(4 * len(s)); err != nil {
		return nil, err
	}
	return FromJSON([]byte(s))
}

func fnBase64ToJSON(c *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	if err := c.alloc(4 * len(s)); err != nil {
		return nil, err
	}
	return fromBase64JSON(s)
}

// FromJSON decodes JSON text into expression values (integers as int64).
func FromJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	return normalizeJSON(v), nil
}

func normalizeJSON(v any) any {
	switch v := v.(type) {
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return n
		}
		f, _ := v.Float64()
		return f
	case []any:
		for i := range v {
			v[i] = normalizeJSON(v[i])
		}
	case map[string]any:
		for k := range v {
			v[k] = normalizeJSON(v[k])
		}
	}
	return v
}

func decodeBase64(s string) (any, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, errors.New("the argument is not valid base64")
	}
	return string(b), nil
}

func fromBase64JSON(s string) (any, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, errors.New("the argument is not valid base64")
	}
	return FromJSON(b)
}

func dataURIToString(s string) (any, error) {
	i := strings.IndexByte(s, ',')
	if !strings.HasPrefix(s, "data:") || i < 0 {
		return nil, errors.New("the argument is not a data URI (data:...,...)")
	}
	if strings.HasSuffix(s[:i], ";base64") {
		return decodeBase64(s[i+1:])
	}
	return url.PathUnescape(s[i+1:])
}

func fnFormat(ctx *Context, a []any) (any, error) {
	f, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c == '{' && i+1 < len(f) && f[i+1] == '{', c == '}' && i+1 < len(f) && f[i+1] == '}':
			b.WriteByte(c)
			i++
		case c == '{':
			end := strings.IndexByte(f[i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("unterminated placeholder in %s; write {{ for a literal brace", Quote(f))
			}
			spec := f[i+1 : i+end]
			i += end
			idxText, fmtText, _ := strings.Cut(spec, ":")
			idxText, _, _ = strings.Cut(idxText, ",")
			n, err := strconv.Atoi(strings.TrimSpace(idxText))
			if err != nil || n < 0 || n+1 >= len(a) {
				return nil, fmt.Errorf("placeholder %s has no matching argument (%d given)", Quote("{"+spec+"}"), len(a)-1)
			}
			s, err := formatValue(ctx, a[n+1], fmtText)
			if err != nil {
				return nil, err
			}
			if b.Len()+len(s) > MaxString {
				return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
			}
			b.WriteString(s)
		default:
			b.WriteByte(c)
		}
		if b.Len() > MaxString {
			return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
		}
	}
	return b.String(), nil
}

// formatValue applies the .NET format strings templates use: D (zero
// padded), N (grouped), X (hex); others leave the value as is.
func formatValue(c *Context, v any, spec string) (string, error) {
	n, isInt := toInt(v)
	if spec == "" || !isInt {
		return toString(c, v)
	}
	width, _ := strconv.Atoi(spec[1:])
	width = min(width, 1000)
	switch spec[0] {
	case 'D', 'd':
		s := strconv.FormatInt(n, 10)
		if len(s) < width {
			s = strings.Repeat("0", width-len(s)) + s
		}
		return s, nil
	case 'X', 'x':
		s := strconv.FormatInt(n, 16)
		if spec[0] == 'X' {
			s = strings.ToUpper(s)
		}
		if len(s) < width {
			s = strings.Repeat("0", width-len(s)) + s
		}
		return s, nil
	}
	return toString(c, v)
}

func joinArgs(c *Context, a []any) (string, error) {
	parts := make([]string, len(a))
	for i, v := range a {
		s, err := toString(c, v)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, "-"), nil
}

func fnGUID(c *Context, a []any) (any, error) {
	s, err := joinArgs(c, a)
	if err != nil {
		return nil, err
	}
	// A name-based (version 5 style) UUID: deterministic, like ARM's.
	h := sha1.Sum([]byte("guid:" + s))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16]), nil
}

var uniqueEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

func fnUniqueString(c *Context, a []any) (any, error) {
	s, err := joinArgs(c, a)
	if err != nil {
		return nil, err
	}
	// Thirteen base-32 characters, the shape of ARM's own result; the
	// hash differs from Azure's, which only matters for exact names.
	h := sha256.Sum256([]byte(s))
	return uniqueEncoding.EncodeToString(h[:])[:13], nil
}

func fnPadLeft(c *Context, a []any) (any, error) {
	s, err := toString(c, a[0])
	if err != nil {
		return nil, err
	}
	total, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	if total > MaxString {
		return nil, fmt.Errorf("total length %d is larger than %d", total, MaxString)
	}
	pad := " "
	if len(a) == 3 {
		if pad, err = asString(a[2]); err != nil {
			return nil, err
		}
		if utf8.RuneCountInString(pad) != 1 {
			return nil, errors.New("the padding must be a single character")
		}
	}
	n := int(total) - utf8.RuneCountInString(s)
	if n <= 0 {
		return s, nil
	}
	if n*len(pad)+len(s) > MaxString {
		return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
	}
	return strings.Repeat(pad, n) + s, nil
}

func fnReplace(_ *Context, a []any) (any, error) {
	var s [3]string
	for i := range s {
		v, err := asString(a[i])
		if err != nil {
			return nil, err
		}
		s[i] = v
	}
	if s[1] == "" {
		return s[0], nil
	}
	if n := strings.Count(s[0], s[1]); n > 0 && len(s[0])+n*(len(s[2])-len(s[1])) > MaxString {
		return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
	}
	return strings.ReplaceAll(s[0], s[1], s[2]), nil
}

func fnSplit(c *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	var seps []string
	switch d := a[1].(type) {
	case string:
		seps = []string{d}
	case []any:
		for _, e := range d {
			sep, err := asString(e)
			if err != nil {
				return nil, err
			}
			seps = append(seps, sep)
		}
	default:
		return nil, fmt.Errorf("the delimiter must be a string or an array of strings, not %s", TypeName(a[1]))
	}
	// next[i] is where seps[i] next occurs at or after pos (-1: never
	// again); it is searched for again only once passed, so splitting
	// on several separators stays linear in the length of s.
	next := make([]int, len(seps))
	for i, sep := range seps {
		next[i] = -1
		if sep != "" {
			next[i] = strings.Index(s, sep)
		}
	}
	var out []any
	pos := 0
	for {
		at, size := -1, 0
		if err := c.spend(len(seps)); err != nil {
			return nil, err
		}
		for i, sep := range seps {
			if next[i] >= 0 && next[i] < pos {
				if j := strings.Index(s[pos:], sep); j >= 0 {
					next[i] = pos + j
				} else {
					next[i] = -1
				}
			}
			if next[i] >= 0 && (at < 0 || next[i] < at) {
				at, size = next[i], len(sep)
			}
		}
		if at < 0 {
			return append(out, s[pos:]), nil
		}
		if len(out) >= MaxArray {
			return nil, fmt.Errorf("the result would have more than %d elements", MaxArray)
		}
		out = append(out, s[pos:at])
		pos = at + size
	}
}

func fnSubstring(_ *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	start, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	r := []rune(s)
	length := int64(len(r)) - start
	if len(a) == 3 {
		if length, err = asInt(a[2]); err != nil {
			return nil, err
		}
	}
	// Compared without adding, which could overflow.
	if start < 0 || length < 0 || start > int64(len(r)) || length > int64(len(r))-start {
		return nil, fmt.Errorf("start %d and length %d lie outside the string of length %d", start, length, len(r))
	}
	return string(r[start : start+length]), nil
}

func fnURI(_ *Context, a []any) (any, error) {
	base, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	rel, err := asString(a[1])
	if err != nil {
		return nil, err
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return nil, fmt.Errorf("%s is not an absolute URI", Quote(base))
	}
	r, err := url.Parse(rel)
	if err != nil {
		return nil, fmt.Errorf("%s is not a relative URI", Quote(rel))
	}
	return b.ResolveReference(r).String(), nil
}

// escapeDataString escapes like .NET's Uri.EscapeDataString: everything
// but the unreserved characters.
func escapeDataString(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func fnJoin(c *Context, a []any) (any, error) {
	arr, ok := a[0].([]any)
	if !ok {
		return nil, fmt.Errorf("the first argument must be an array, not %s", TypeName(a[0]))
	}
	sep, err := asString(a[1])
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(arr))
	total := 0
	for i, e := range arr {
		if parts[i], err = toString(c, e); err != nil {
			return nil, err
		}
		// An array may hold one long string many times over: add up
		// before joining.
		if total += len(parts[i]) + len(sep); total > MaxString {
			return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
		}
	}
	return checkLen(strings.Join(parts, sep))
}

// Arrays and objects.

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

// Lambdas.

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
