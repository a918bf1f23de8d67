package expr

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"
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

// initBuiltins is the one table of the standard functions. Their bodies
// live in one file per family: logic.go, number.go, string.go,
// encoding.go (JSON, base64, data URIs), collection.go, lambda.go,
// date.go, network.go and scope.go (deployment, scope and resource ids).
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
