package expr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testLookup provides the template-dependent functions the standard ones
// are tested with: parameters('p') and an unknown 'u'.
func testLookup(name string) *Func {
	switch name {
	case "parameters":
		return &Func{MinArgs: 1, MaxArgs: 1, Eager: func(_ *Context, a []any) (any, error) {
			switch a[0] {
			case "obj":
				return map[string]any{"a": int64(1), "Nested": map[string]any{"b": "x"}}, nil
			case "arr":
				return []any{int64(3), int64(1), int64(2)}, nil
			}
			return Unknown, nil
		}}
	}
	return nil
}

func eval(t *testing.T, s string) (any, error) {
	t.Helper()
	e, err := Parse(s)
	if err != nil {
		return nil, err
	}
	return NewContext(testLookup).Eval(e)
}

func TestFunctions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		expr string
		want any
	}{
		// Literals and escapes.
		{"['it''s']", "it's"},
		{"[42]", int64(42)},
		{"[-3]", int64(-3)},
		{"[true()]", true},
		{"[false()]", false},
		{"[null()]", nil},
		// Logical.
		{"[if(true(), 'a', 'b')]", "a"},
		{"[if(false(), 'a', fail('x'))]", nil}, // replaced below: lazy branch
		{"[and(true(), false())]", false},
		{"[and(parameters('u'), false())]", false},
		{"[or(parameters('u'), true())]", true},
		{"[not(true())]", false},
		{"[bool('TRUE')]", true},
		{"[bool(0)]", false},
		// Comparison.
		{"[equals(1, 1)]", true},
		{"[equals('a', 'A')]", false},
		{"[equals(createArray(1, 'x'), createArray(1, 'x'))]", true},
		{"[less(1, 2)]", true},
		{"[lessOrEquals(2, 2)]", true},
		{"[greater('b', 'a')]", true},
		{"[greaterOrEquals(1, 2)]", false},
		{"[coalesce(null(), null(), 'c')]", "c"},
		// Numeric.
		{"[add(1, 2)]", int64(3)},
		{"[sub(1, 2)]", int64(-1)},
		{"[mul(3, 4)]", int64(12)},
		{"[div(7, 2)]", int64(3)},
		{"[mod(7, 2)]", int64(1)},
		{"[int('12')]", int64(12)},
		{"[float('1.5')]", 1.5},
		{"[min(3, 1, 2)]", int64(1)},
		{"[max(parameters('arr'))]", int64(3)},
		{"[range(2, 3)]", []any{int64(2), int64(3), int64(4)}},
		// String.
		{"[string(1)]", "1"},
		{"[string(true())]", "True"},
		{"[string(createObject('a', 1))]", `{"a":1}`},
		{"[base64('hi')]", "aGk="},
		{"[base64ToString('aGk=')]", "hi"},
		{"[base64ToJson('eyJhIjoxfQ==')]", map[string]any{"a": int64(1)}},
		{"[dataUri('hi')]", "data:text/plain;charset=utf8;base64,aGk="},
		{"[dataUriToString('data:text/plain;charset=utf8;base64,aGk=')]", "hi"},
		{"[endsWith('abcDEF', 'def')]", true},
		{"[startsWith('abc', 'AB')]", true},
		{"[format('{0}-{1:D3}-{{x}}', 'a', 7)]", "a-007-{x}"},
		{"[length(uniqueString('a'))]", int64(13)},
		{"[equals(uniqueString('a', 'b'), uniqueString('a', 'b'))]", true},
		{"[equals(guid('a'), guid('a'))]", true},
		{"[length(guid('a'))]", int64(36)},
		{"[padLeft('7', 3, '0')]", "007"},
		{"[replace('a-b-c', '-', '')]", "abc"},
		{"[split('a,b;c', createArray(',', ';'))]", []any{"a", "b", "c"}},
		{"[substring('hello', 1, 3)]", "ell"},
		{"[toLower('AbC')]", "abc"},
		{"[toUpper('AbC')]", "ABC"},
		{"[trim('  a ')]", "a"},
		{"[uri('https://x.test/a/b', 'c')]", "https://x.test/a/c"},
		{"[uriComponent('a b/c')]", "a%20b%2Fc"},
		{"[uriComponentToString('a%20b')]", "a b"},
		{"[join(createArray('a', 'b'), ',')]", "a,b"},
		{"[json('{\"a\": [1, true]}')]", map[string]any{"a": []any{int64(1), true}}},
		// Arrays and objects.
		{"[array('a')]", []any{"a"}},
		{"[concat('a', 'b', 1)]", "ab1"},
		{"[concat(createArray(1), createArray(2))]", []any{int64(1), int64(2)}},
		{"[contains('abc', 'b')]", true},
		{"[contains(parameters('obj'), 'A')]", true},
		{"[contains(parameters('arr'), 2)]", true},
		{"[createObject('k', 'v')]", map[string]any{"k": "v"}},
		{"[empty('')]", true},
		{"[empty(parameters('obj'))]", false},
		{"[first(parameters('arr'))]", int64(3)},
		{"[last('abc')]", "c"},
		{"[flatten(createArray(createArray(1), createArray(2)))]", []any{int64(1), int64(2)}},
		{"[indexOf('abcB', 'B')]", int64(1)},
		{"[lastIndexOf('abcB', 'B')]", int64(3)},
		{"[indexOf(parameters('arr'), 2)]", int64(2)},
		{"[intersection(createArray(1, 2), createArray(2, 3))]", []any{int64(2)}},
		{"[union(createArray(1, 2), createArray(2, 3))]", []any{int64(1), int64(2), int64(3)}},
		{"[union(createObject('a', createObject('x', 1)), createObject('a', createObject('y', 2)))]", map[string]any{"a": map[string]any{"x": int64(1), "y": int64(2)}}},
		{"[items(createObject('b', 2, 'a', 1))]", []any{map[string]any{"key": "a", "value": int64(1)}, map[string]any{"key": "b", "value": int64(2)}}},
		{"[length(parameters('arr'))]", int64(3)},
		{"[objectKeys(createObject('b', 2, 'a', 1))]", []any{"a", "b"}},
		{"[shallowMerge(createArray(createObject('a', 1), createObject('a', 2, 'b', 3)))]", map[string]any{"a": int64(2), "b": int64(3)}},
		{"[skip('abc', 1)]", "bc"},
		{"[take(parameters('arr'), 2)]", []any{int64(3), int64(1)}},
		{"[tryGet(parameters('obj'), 'nested', 'b')]", "x"},
		{"[tryGet(parameters('obj'), 'missing')]", nil},
		// Property access and indexing.
		{"[parameters('obj').nested.b]", "x"},
		{"[parameters('obj')['a']]", int64(1)},
		{"[parameters('arr')[1]]", int64(1)},
		// Lambdas.
		{"[filter(parameters('arr'), lambda('x', greater(lambdaVariables('x'), 1)))]", []any{int64(3), int64(2)}},
		{"[map(parameters('arr'), lambda('x', mul(lambdaVariables('x'), 2)))]", []any{int64(6), int64(2), int64(4)}},
		{"[reduce(parameters('arr'), 0, lambda('acc', 'x', add(lambdaVariables('acc'), lambdaVariables('x'))))]", int64(6)},
		{"[sort(parameters('arr'), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", []any{int64(1), int64(2), int64(3)}},
		{"[toObject(createArray('a', 'b'), lambda('x', lambdaVariables('x')), lambda('x', toUpper(lambdaVariables('x'))))]", map[string]any{"a": "A", "b": "B"}},
		{"[mapValues(createObject('a', 1), lambda('v', add(lambdaVariables('v'), 1)))]", map[string]any{"a": int64(2)}},
		{"[groupBy(createArray('ab', 'ac', 'b'), lambda('x', first(lambdaVariables('x'))))]", map[string]any{"a": []any{"ab", "ac"}, "b": []any{"b"}}},
		// Dates.
		{"[dateTimeAdd('2024-01-31T00:00:00Z', 'P1DT2H')]", "2024-02-01T02:00:00Z"},
		{"[dateTimeToEpoch('1970-01-02T00:00:00Z')]", int64(86400)},
		{"[dateTimeFromEpoch(86400)]", "1970-01-02T00:00:00Z"},
		// Networks.
		{"[parseCidr('10.1.2.0/24').lastUsable]", "10.1.2.254"},
		{"[cidrSubnet('10.0.0.0/16', 24, 3)]", "10.0.3.0/24"},
		{"[cidrHost('10.0.0.0/24', 3)]", "10.0.0.4"},
		// Scope and deployment placeholders.
		{"[subscription().subscriptionId]", SubscriptionID},
		{"[resourceGroup().name]", ResourceGroupName},
		{"[tenant().tenantId]", TenantID},
		{"[managementGroup().name]", ManagementGroup},
		{"[deployment().name]", DeploymentName},
		{"[environment().suffixes.storage]", "core.windows.net"},
		// Resource ids.
		{"[resourceId('Microsoft.Storage/storageAccounts', 'st')]", "/subscriptions/" + SubscriptionID + "/resourceGroups/resource-group/providers/Microsoft.Storage/storageAccounts/st"},
		{"[resourceId('rg2', 'Microsoft.Storage/storageAccounts/blobServices', 'st', 'default')]", "/subscriptions/" + SubscriptionID + "/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/st/blobServices/default"},
		{"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'r')]", "/subscriptions/" + SubscriptionID + "/providers/Microsoft.Authorization/roleDefinitions/r"},
		{"[tenantResourceId('Microsoft.Management/managementGroups', 'm')]", "/providers/Microsoft.Management/managementGroups/m"},
		{"[extensionResourceId('/x/y', 'Microsoft.Authorization/locks', 'l')]", "/x/y/providers/Microsoft.Authorization/locks/l"},
		{"[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'p')]", "/providers/Microsoft.Management/managementGroups/management-group/providers/Microsoft.Authorization/policyDefinitions/p"},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			if tc.expr == "[if(false(), 'a', fail('x'))]" {
				tc.expr = "[if(false(), fail('x'), 'b')]"
				tc.want = "b"
			}
			got, err := eval(t, tc.expr)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestEveryBuiltinIsTested(t *testing.T) {
	t.Parallel()
	// Those returning Unknown by nature are covered by TestUnknown.
	src := testSource(t)
	for _, name := range Builtins() {
		assert.Containsf(t, src, name+"(", "standard function %s has no test", name)
	}
}

func TestUnknown(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"[parameters('u')]",
		"[concat('a', parameters('u'))]",
		"[reference('x').properties]",
		"[references('x')]",
		"[listKeys('x', '2020-01-01').keys[0].value]",
		"[utcNow()]",
		"[newGuid()]",
		"[providers('Microsoft.Web')]",
		"[pickZones('Microsoft.Compute', 'virtualMachines', 'westus')]",
		"[if(parameters('u'), 'a', 'b')]",
		"[equals(createArray(parameters('u')), createArray(1))]",
		"[resourceGroup().location]",
		"[deployment().properties.templateLink.uri]",
		"[coalesce(parameters('u'), 'x')]",
		"[dateTimeAdd(utcNow(), 'P1D')]",
	} {
		got, err := eval(t, s)
		require.NoError(t, err, s)
		assert.True(t, IsUnknown(got), "%s = %#v", s, got)
	}
	got, err := eval(t, "[if(parameters('u'), 'same', 'same')]")
	require.NoError(t, err)
	assert.Equal(t, "same", got, "both branches agree")
	got, err = eval(t, "[createArray(1, parameters('u'))]")
	require.NoError(t, err)
	assert.Equal(t, []any{int64(1), Unknown}, got, "unknown stays in its element")
}

func TestErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		expr   string
		offset int
		msg    string
	}{
		{"[concat('a']", 1, "unterminated call of concat"},
		{"[concat('a)]", 8, "unterminated string literal"},
		{"[foo('a')]", 1, `unknown function "foo"`},
		{"[concat('a') x]", 13, "unexpected"},
		{"[parameters]", 1, "is not a function call"},
		{"[div(1, 0)]", 1, "division by zero"},
		{"[substring('abc', 2, 5)]", 1, "outside the string"},
		{"[substring('abc', 1, 9223372036854775807)]", 1, "outside the string"},
		{"[padLeft('a', 1048576, '€')]", 1, "longer than"},
		{"[createArray(1)[3]]", 15, "out of range"},
		{"[add('a', 1)]", 1, "expected an integer"},
		{"[ ]", 2, "empty expression"},
		{"[range(0, 100000)]", 1, "outside 0..10000"},
		{"[padLeft('a', 100000000)]", 1, "larger than"},
		{"[resourceId('Microsoft.Storage/storageAccounts', 'a', 'b')]", 1, "needs 1 name segments"},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			_, err := eval(t, tc.expr)
			require.Error(t, err)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.offset, e.Offset)
			assert.Contains(t, e.Error(), tc.msg)
		})
	}
}

func TestClassify(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		isExpr  bool
		literal string
	}{
		{"[a()]", true, ""},
		{"[[a()]", false, "[a()]"},
		{"plain", false, "plain"},
		{"[", false, "["},
		{"[x] y", false, "[x] y"},
	}
	for _, tc := range tests {
		isExpr, lit := Classify(tc.in)
		assert.Equal(t, tc.isExpr, isExpr, tc.in)
		assert.Equal(t, tc.literal, lit, tc.in)
	}
}

func TestBudget(t *testing.T) {
	t.Parallel()
	e, err := Parse("[map(range(0, 10000), lambda('x', map(range(0, 10000), lambda('y', 1))))]")
	require.NoError(t, err)
	c := NewContext(nil)
	c.Budget = 100_000
	_, err = c.Eval(e)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "too much computation")
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"[concat('a', parameters('b'))]", "[resourceId('x/y', variables('v')[0].name)]",
		"[if(equals(1, 1), createObject('a', 'b'), json('null'))]", "[__bicep.f('x')]",
		"[format('{0}', 'it''s')]", "[[literal]", "[map(range(0, 3), lambda('x', lambdaVariables('x')))]",
		// Hostile shapes, small: nesting just past the limits, sizes that
		// multiply, sets and splits of shared arrays.
		"[" + strings.Repeat("concat(", 201) + "'a'" + strings.Repeat(")", 201) + "]",
		"[resourceGroup()" + strings.Repeat(".a", 201) + "]",
		"[createArray(1)" + strings.Repeat("[0]", 201) + "]",
		"[padLeft('x', 1048577)]", "[range(0, 100000000)]", "[replace(padLeft('', 1000, 'a'), 'a', padLeft('', 2000))]",
		"[string(map(range(0, 1000), lambda('i', range(0, 1000))))]",
		"[union(range(0, 10000), range(5000, 10000))]", "[split(padLeft('', 5000, ','), createArray(',', ';'))]",
		"[reduce(range(0, 2000), createArray(), lambda('a', 'x', createArray(lambdaVariables('a'))))]",
		"[json(concat(padLeft('', 600, '['), padLeft('', 600, ']')))]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s)
		if err != nil {
			var pe *Error
			require.ErrorAs(t, err, &pe)
			assert.True(t, pe.Offset >= 0 && pe.Offset <= len(s))
			return
		}
		c := NewContext(testLookup)
		c.Budget = 100_000
		_, _ = c.Eval(e)
	})
}

func TestDeepExpressions(t *testing.T) {
	t.Parallel()
	n := 100_000
	for _, s := range []string{
		"[" + strings.Repeat("concat(", n) + "'a'" + strings.Repeat(")", n) + "]",
		"[createArray(1)" + strings.Repeat("[0", n) + strings.Repeat("]", n) + "]",
		"[resourceGroup()" + strings.Repeat(".a", n) + "]",
		"[createArray(1)" + strings.Repeat("[0]", n) + "]",
		"[" + strings.Repeat("if(true(), ", n) + "1" + strings.Repeat(", 2)", n) + "]",
	} {
		_, err := Parse(s)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "nested more than 200 levels deep")
	}
	// 200 levels of anything parse and evaluate.
	e, err := Parse("[" + strings.Repeat("concat(", 199) + "'a'" + strings.Repeat(")", 199) + "]")
	require.NoError(t, err)
	v, err := NewContext(nil).Eval(e)
	require.NoError(t, err)
	assert.Equal(t, "a", v)
}

func TestEvaluationDepth(t *testing.T) {
	t.Parallel()
	// A function that calls itself through the template: only the depth
	// bound stops it.
	self := &Func{MinArgs: 0, MaxArgs: 0, Eager: func(c *Context, _ []any) (any, error) {
		e, err := Parse("[self()]")
		if err != nil {
			return nil, err
		}
		return c.Eval(e)
	}}
	c := NewContext(func(name string) *Func {
		if name == "self" {
			return self
		}
		return nil
	})
	e, err := Parse("[self()]")
	require.NoError(t, err)
	_, err = c.Eval(e)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "evaluation nested more than 512 levels deep")
}

func TestBudgets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		expr   string
		budget int
		bytes  int
		want   error
	}{
		{"bytes across calls", "[map(range(0, 100), lambda('i', padLeft('x', 100000)))]", DefaultBudget, 1 << 20, ErrBytes},
		{"string of a shared array", "[string(map(range(0, 5000), lambda('i', range(0, 5000))))]", DefaultBudget, DefaultBytes, ErrBytes},
		{"comparing a shared array", "[equals(map(range(0, 1000), lambda('i', range(0, 1000))), map(range(0, 1000), lambda('i', range(0, 1000))))]", 1_000_000, DefaultBytes, ErrBudget},
		{"set of arrays", "[union(map(range(0, 3000), lambda('i', createArray(lambdaVariables('i')))), createArray())]", 1_000_000, DefaultBytes, ErrBudget},
		{"many separators", "[split(padLeft('', 10000, '1'), map(range(0, 1000), lambda('i', string(lambdaVariables('i')))))]", 1_000_000, DefaultBytes, ErrBudget},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e, err := Parse(tc.expr)
			require.NoError(t, err)
			c := NewContext(nil)
			c.Budget, c.Bytes = tc.budget, tc.bytes
			_, err = c.Eval(e)
			require.ErrorIs(t, err, tc.want)
			// Once spent, a budget stays spent.
			_, err = c.Eval(&Lit{Value: "x"})
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestSetsAndSplit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		expr string
		want any
	}{
		{"[union(createArray(1, 2, 'a'), createArray(2, 3, 'a', 1.0))]", []any{int64(1), int64(2), "a", int64(3)}},
		{"[union(createArray(createArray(1)), createArray(createArray(1), createArray(2)))]", []any{[]any{int64(1)}, []any{int64(2)}}},
		{"[intersection(createArray(1, createArray(2), 'x', 1), createArray(createArray(2), 1.0))]", []any{int64(1), []any{int64(2)}}},
		{"[split('a--b-c', createArray('--', '-'))]", []any{"a", "b", "c"}},
		{"[split('a-b', createArray('-', 'b'))]", []any{"a", "", ""}},
		{"[split('abab', createArray('ba', 'ab'))]", []any{"", "", ""}},
		{"[split('x', '')]", []any{"x"}},
	}
	for _, tc := range tests {
		got, err := eval(t, tc.expr)
		require.NoError(t, err, tc.expr)
		assert.Equal(t, tc.want, got, tc.expr)
	}
}

func TestQuote(t *testing.T) {
	t.Parallel()
	assert.Equal(t, `"a\x1b[31m"`, Quote("a\x1b[31m"))
	long := Quote(strings.Repeat("é", 100))
	assert.Equal(t, `"`+strings.Repeat("é", 30)+`"…`, long)
	assert.Equal(t, "an array", Quote([]any{1}))
	assert.Equal(t, `"12"`, Quote(int64(12)))
}
