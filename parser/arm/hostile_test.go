package arm

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const schema = `"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0"`

// hostileDecode decodes main.json among files without requiring Match,
// which hostile inputs need not pass.
func hostileDecode(t *testing.T, files map[string]string, opts Options) ([]parser.Resource, []parser.Diagnostic) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, content := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(content)}
	}
	rs, ds, _ := New(opts).Decode(context.Background(), parser.NewSource(fsys), []string{"main.json"})
	return rs, ds
}

// findDiag returns the first diagnostic whose message contains part.
func findDiag(t *testing.T, ds []parser.Diagnostic, part string) parser.Diagnostic {
	t.Helper()
	for _, d := range ds {
		if strings.Contains(d.Message, part) {
			return d
		}
	}
	var msgs []string
	for _, d := range ds {
		msgs = append(msgs, d.Message)
	}
	require.Failf(t, "diagnostic not found", "no %q among %q", part, msgs)
	return parser.Diagnostic{}
}

// deployment wraps an inline template in a deployment copied count times.
func deployment(count int, inner string) string {
	return fmt.Sprintf(`{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "[concat('d', copyIndex())]",
 "copy": {"name": "d", "count": %d},
 "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"}, "template": %s}}`, count, inner)
}

func TestAmplificationIsBounded(t *testing.T) {
	t.Parallel()
	site := `{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[concat('s', copyIndex())]", "copy": {"name": "s", "count": 800}}`
	nested := fmt.Sprintf(`{%s, "resources": [%s]}`, schema, site)
	propCopy := `{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-01-01", "name": "[concat('n', copyIndex())]",
 "copy": {"name": "n", "count": 800},
 "properties": {"copy": [{"name": "subnets", "count": 800, "input": {"name": "[copyIndex('subnets')]", "p": {"copy": [{"name": "x", "count": 800, "input": "[copyIndex('x')]"}]}}}]}}`
	varCopy := fmt.Sprintf(`{%s, "variables": {"copy": [{"name": "v", "count": 800, "input": "[copyIndex('v')]"}]},
 "resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "x", "properties": {"v": "[variables('v')]"}}]}`, schema)
	outCopy := fmt.Sprintf(`{%s, "resources": [], "outputs": {"o": {"type": "array", "copy": {"count": 800, "input": "[copyIndex()]"}}}}`, schema)
	tests := []struct {
		name   string
		main   string
		line   int
		reason string
	}{
		{"nested deployments multiply copy loops",
			fmt.Sprintf("{%s,\n\"resources\": [\n%s]}", schema, deployment(800, nested)), 5, "more than 10000 resource instances"},
		{"property copies multiply",
			fmt.Sprintf("{%s,\n\"resources\": [\n%s]}", schema, propCopy), 5, fmt.Sprintf("more than %d values", maxValues)},
		{"variable copies in copied deployments",
			fmt.Sprintf("{%s,\n\"resources\": [\n%s]}", schema, deployment(800, varCopy)), 0, fmt.Sprintf("more than %d values", maxValues)},
		{"output copies referenced from copied deployments",
			fmt.Sprintf("{%s,\n\"resources\": [\n%s,\n%s]}", schema, deployment(800, outCopy),
				`{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[concat('w', copyIndex())]", "copy": {"name": "w", "count": 800}, "properties": {"o": "[reference(concat('d', copyIndex())).outputs.o.value]"}}`),
			0, "values"},
		{"expression bytes across copies",
			fmt.Sprintf("{%s,\n\"resources\": [\n%s]}", schema,
				`{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[concat('s', copyIndex())]", "copy": {"name": "s", "count": 800}, "properties": {"p": "[padLeft('x', 1000000, 'y')]"}}`),
			3, "too much data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			rs, ds := hostileDecode(t, map[string]string{"main.json": tc.main}, Options{})
			assert.Empty(t, rs, "an abandoned unit reports no resources")
			d := findDiag(t, ds, tc.reason)
			assert.Equal(t, parser.DiagError, d.Severity)
			assert.Contains(t, d.Message, "the template is not scanned")
			assert.Equal(t, "main.json", d.Range.File)
			if tc.line > 0 {
				assert.Equal(t, tc.line, d.Range.Start.Line)
			}
		})
	}
}

func TestLinkedTemplates(t *testing.T) {
	t.Parallel()
	link := func(name, target string) string {
		return fmt.Sprintf(`{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": %q, "properties": {"mode": "Incremental", "templateLink": {"relativePath": %q}}}`, name, target)
	}
	site := func(name string) string {
		return fmt.Sprintf(`{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": %q}`, name)
	}
	t.Run("cycle", func(t *testing.T) {
		t.Parallel()
		files := map[string]string{
			"main.json":   fmt.Sprintf(`{%s, "resources": [%s, %s]}`, schema, site("m"), link("toA", "a/a.json")),
			"a/a.json":    fmt.Sprintf(`{%s, "resources": [%s, %s]}`, schema, site("a"), link("toB", "../b/b.json")),
			"b/b.json":    fmt.Sprintf(`{%s, "resources": [%s, %s]}`, schema, site("b"), link("toMain", "../main.json")),
			"unused.json": "[]",
		}
		rs, ds := hostileDecode(t, files, Options{})
		d := findDiag(t, ds, "links back to main.json")
		assert.Equal(t, "b/b.json", d.Range.File)
		for _, id := range []string{"Microsoft.Web/sites/m", "Microsoft.Web/sites/a", "Microsoft.Web/sites/b"} {
			byID(t, rs, id)
		}
		assert.Len(t, rs, 6)
	})
	t.Run("diamonds", func(t *testing.T) {
		t.Parallel()
		// Each level links the next twice: 2^15 instances at the bottom.
		files := map[string]string{"main.json": fmt.Sprintf(`{%s, "resources": [%s, %s]}`, schema, link("l", "l1.json"), link("r", "l1.json"))}
		for i := 1; i < 16; i++ {
			next := fmt.Sprintf("l%d.json", i+1)
			files[fmt.Sprintf("l%d.json", i)] = fmt.Sprintf(`{%s, "resources": [%s, %s]}`, schema, link("l", next), link("r", next))
		}
		files["l16.json"] = fmt.Sprintf(`{%s, "resources": [%s]}`, schema, site("leaf"))
		rs, ds := hostileDecode(t, files, Options{})
		assert.Empty(t, rs)
		d := findDiag(t, ds, "more than 10000 resource instances")
		assert.Contains(t, d.Message, "(while expanding main.json)")
	})
	t.Run("chain deeper than the nesting limit", func(t *testing.T) {
		t.Parallel()
		files := map[string]string{"main.json": fmt.Sprintf(`{%s, "resources": [%s]}`, schema, link("l", "l1.json"))}
		for i := 1; i < 40; i++ {
			files[fmt.Sprintf("l%d.json", i)] = fmt.Sprintf(`{%s, "resources": [%s, %s]}`, schema, site(fmt.Sprintf("s%d", i)), link("l", fmt.Sprintf("l%d.json", i+1)))
		}
		rs, ds := hostileDecode(t, files, Options{})
		d := findDiag(t, ds, "deployments nested more than 16 deep")
		assert.Equal(t, "l17.json", d.Range.File)
		byID(t, rs, "Microsoft.Web/sites/s16")
		assert.Equal(t, 17+16, len(rs), "17 deployments and the sites of the 16 templates within the limit")
	})
	t.Run("unreadable", func(t *testing.T) {
		t.Parallel()
		files := map[string]string{
			"main.json":   fmt.Sprintf(`{%s, "resources": [%s, %s, %s]}`, schema, link("a", "missing.json"), link("b", "array.json"), link("c", "broken.json")),
			"array.json":  `[1, 2]`,
			"broken.json": `{"resources": [`,
		}
		_, ds := hostileDecode(t, files, Options{})
		assert.Equal(t, "main.json", findDiag(t, ds, `linked template "missing.json" is not in the repository`).Range.File)
		assert.Equal(t, "array.json", findDiag(t, ds, "a template must be a JSON object, not an array").Range.File)
		assert.Equal(t, "broken.json", findDiag(t, ds, "invalid JSON").Range.File)
	})
}

func TestParameterFileProblems(t *testing.T) {
	t.Parallel()
	main := fmt.Sprintf(`{%s, "parameters": {"p": {"type": "string", "defaultValue": "d"}}, "resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[parameters('p')]"}]}`, schema)
	tests := []struct {
		name  string
		files map[string]string
		opts  Options
		file  string
		msg   string
	}{
		{"beside is an array", map[string]string{"main.parameters.json": `[{"p": 1}]`}, Options{}, "main.parameters.json", "a parameter file must be a JSON object, not an array"},
		{"beside is a scalar", map[string]string{"main.parameters.json": `"x"`}, Options{}, "main.parameters.json", "a parameter file must be a JSON object, not a string"},
		{"beside is malformed", map[string]string{"main.parameters.json": `{"parameters": {"p": {"value": }}}`}, Options{}, "main.parameters.json", "invalid JSON"},
		{"explicit is missing", nil, Options{ParameterFiles: []string{"ci/prod.json"}}, "ci/prod.json", "cannot read parameter file"},
		{"entry is not an object", map[string]string{"main.parameters.json": `{"parameters": {"p": "x"}}`}, Options{}, "main.parameters.json", `the entry of parameter "p" must be an object`},
		{"no parameters", map[string]string{"main.parameters.json": `{"p": {"value": "x"}}`}, Options{}, "main.parameters.json", `no "parameters" object`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			files := map[string]string{"main.json": main}
			for k, v := range tc.files {
				files[k] = v
			}
			rs, ds := hostileDecode(t, files, tc.opts)
			d := findDiag(t, ds, tc.msg)
			assert.Equal(t, tc.file, d.Range.File)
			byID(t, rs, "Microsoft.Web/sites/d")
		})
	}
}

func TestDeepNesting(t *testing.T) {
	t.Parallel()
	deep := func(open, close string, n int) string { return strings.Repeat(open, n) + strings.Repeat(close, n) }
	t.Run("json", func(t *testing.T) {
		t.Parallel()
		_, err := ParseJSON([]byte(deep("[", "]", 100_000)))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "nested more than 512 levels")
		main := fmt.Sprintf(`{%s, "resources": [{"type": "Microsoft.Web/sites", "name": "x", "properties": %s}]}`, schema, deep(`{"a":`, "}", 100_000))
		rs, ds := hostileDecode(t, map[string]string{"main.json": main}, Options{})
		assert.Empty(t, rs)
		assert.Equal(t, parser.DiagError, findDiag(t, ds, "nested more than 512 levels").Severity)
	})
	tests := []struct {
		name, expr, msg string
	}{
		{"calls", strings.Repeat("concat(", 100_000) + "'a'" + strings.Repeat(")", 100_000), "nested more than 200 levels"},
		{"parentheses in indexes", "createArray(1)" + strings.Repeat("[0", 100_000) + strings.Repeat("]", 100_000), "nested more than 200 levels"},
		{"property chain", "resourceGroup()" + strings.Repeat(".a", 100_000), "nested more than 200 levels"},
		{"index chain", "createArray(1)" + strings.Repeat("[0]", 100_000), "nested more than 200 levels"},
		{"recursive lambda", "map(createArray(1), variables('f'))", "evaluation nested more than 512 levels"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			main := fmt.Sprintf(`{%s, "variables": {"f": "[lambda('x', map(createArray(1), variables('f')))]"},
"resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "x", "properties": {"p": "[%s]"}}]}`, schema, tc.expr)
			rs, ds := hostileDecode(t, map[string]string{"main.json": main}, Options{})
			d := findDiag(t, ds, tc.msg)
			assert.Equal(t, parser.DiagWarning, d.Severity)
			assert.Less(t, len(d.Message), 300, "a message never quotes the hostile text at length")
			r := byID(t, rs, "Microsoft.Web/sites/x")
			assert.Equal(t, []string{"properties.p"}, unknownPaths(r))
		})
	}
}

func TestDeepValuesAreCut(t *testing.T) {
	t.Parallel()
	main := fmt.Sprintf(`{%s, "variables": {"deep": "[reduce(range(0, 5000), createArray(), lambda('acc', 'x', createArray(lambdaVariables('acc'))))]"},
"resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "x",
  "properties": {"deep": "[variables('deep')]", "text": "[string(variables('deep'))]", "same": "[equals(variables('deep'), variables('deep'))]"}}]}`, schema)
	rs, ds := hostileDecode(t, map[string]string{"main.json": main}, Options{})
	assert.Empty(t, ds)
	r := byID(t, rs, "Microsoft.Web/sites/x")
	props := r.Properties["properties"].(map[string]any)
	depth := 0
	for v := props["deep"]; ; depth++ {
		arr, ok := v.([]any)
		if !ok || len(arr) == 0 {
			break
		}
		v = arr[0]
	}
	assert.Equal(t, 512, depth, "what lies deeper is cut off")
	// Too deep to follow counts as unknown for what serialises or compares.
	assert.Contains(t, unknownPaths(r), "properties.text")
	assert.Contains(t, unknownPaths(r), "properties.same")
}

func TestExpressionSizes(t *testing.T) {
	t.Parallel()
	main := fmt.Sprintf(`{%s, "variables": {"r": "[range(0, 10000)]", "big": "[map(range(0, 200), lambda('i', variables('r')))]"},
"resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "x", "properties": {
  "range": "[range(0, 100000000)]",
  "json": "[string(variables('big'))]",
  "join": "[join(variables('big')[0], padLeft('', 1000, 'x'))]",
  "flatten": "[flatten(variables('big'))]",
  "union": "[length(union(variables('r'), range(5000, 10000)))]",
  "inter": "[length(intersection(variables('r'), range(5000, 10000)))]"
}}]}`, schema)
	rs, ds := hostileDecode(t, map[string]string{"main.json": main}, Options{})
	findDiag(t, ds, "outside 0..10000")
	findDiag(t, ds, "too large or too deeply nested")
	findDiag(t, ds, "longer than 1048576 bytes")
	findDiag(t, ds, "more than 100000 elements")
	r := byID(t, rs, "Microsoft.Web/sites/x")
	props := r.Properties["properties"].(map[string]any)
	assert.Equal(t, int64(15000), props["union"])
	assert.Equal(t, int64(5000), props["inter"])
}

func TestSharedValuesCostTheirFullSize(t *testing.T) {
	t.Parallel()
	// 10,000 references to one 10,000-element array: 10^8 values to walk
	// for string(), which looks for unknowns first.
	main := fmt.Sprintf(`{%s, "variables": {"r": "[range(0, 10000)]", "big": "[map(range(0, 10000), lambda('i', variables('r')))]"},
"resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "x", "properties": {"p": "[string(variables('big'))]"}}]}`, schema)
	rs, ds := hostileDecode(t, map[string]string{"main.json": main}, Options{})
	assert.Empty(t, rs)
	findDiag(t, ds, "too much computation")
}

func TestSharedValuesCountInFull(t *testing.T) {
	t.Parallel()
	// 100 references to one 10,000-element array are small here but a
	// million values in the model: they are counted as such.
	main := fmt.Sprintf(`{%s, "variables": {"r": "[range(0, 10000)]", "big": "[map(range(0, 100), lambda('i', variables('r')))]"},
"resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "x", "properties": {"p": "[variables('big')]"}}]}`, schema)
	rs, ds := hostileDecode(t, map[string]string{"main.json": main}, Options{})
	assert.Empty(t, rs)
	findDiag(t, ds, fmt.Sprintf("more than %d values", maxValues))
}

func TestDiagnosticsAreCapped(t *testing.T) {
	t.Parallel()
	main := fmt.Sprintf(`{%s, "resources": [{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[concat('s', copyIndex())]",
 "copy": {"name": "s", "count": 500}, "properties": {"p": "[createArray(1)[copyIndex()]]"}}]}`, schema)
	rs, ds := hostileDecode(t, map[string]string{"main.json": main}, Options{})
	assert.Len(t, rs, 500)
	assert.Len(t, ds, maxDiagnostics+1)
	assert.Contains(t, ds[len(ds)-1].Message, "more diagnostics for this template are not reported")
}

func TestCanceledUnitStops(t *testing.T) {
	t.Parallel()
	site := `{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[concat('s', copyIndex())]", "copy": {"name": "s", "count": 10}}`
	fsys := fstest.MapFS{"main.json": &fstest.MapFile{Data: []byte(fmt.Sprintf(`{%s, "resources": [%s]}`, schema, site))}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	st := newState(ctx, parser.NewSource(fsys), "main.json")
	assert.Nil(t, st.run("main.json", nil))
	assert.True(t, st.stopped)
}

// minified generates a template of about size bytes on one line, the
// shape of a minified Bicep build: positions are asked for every value.
func minified(size int) []byte {
	var b strings.Builder
	b.WriteString(`{` + schema + `,"resources":[`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"type":"Microsoft.Storage/storageAccounts","apiVersion":"2023-01-01","name":"[concat('st', '%d')]","location":"westeurope","properties":{"minimumTlsVersion":"TLS1_2","supportsHttpsTrafficOnly":true,"networkAcls":{"defaultAction":"Deny","ipRules":[{"value":"10.0.0.%d"}]},"tags":{"é":"ü"}}}`, i, i%256)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

func BenchmarkMinifiedTemplate(b *testing.B) {
	src := minified(2 << 20)
	fsys := fstest.MapFS{"main.json": &fstest.MapFile{Data: src}}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		rs, ds, _ := New(Options{}).Decode(context.Background(), parser.NewSource(fsys), []string{"main.json"})
		if len(rs) == 0 || len(ds) > 0 {
			b.Fatalf("%d resources, diagnostics %v", len(rs), ds)
		}
	}
}
