package fix

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// applyEdits applies edits to src, as Apply does.
func applyEdits(t testing.TB, name, src string, edits ...policies.Edit) string {
	t.Helper()
	a := Apply(map[string][]byte{name: []byte(src)}, []*policies.Fix{{Edits: edits}})
	require.Empty(t, a.Rejected)
	if b, ok := a.Files[name]; ok {
		return string(b)
	}
	return src
}

func TestJSONSet(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		path  string
		value any
		want  string
	}{
		{
			name:  "replace a literal",
			src:   "{\n  \"a\": {\n    \"b\": \"Enabled\"\n  }\n}\n",
			path:  "a.b",
			value: "Disabled",
			want:  "{\n  \"a\": {\n    \"b\": \"Disabled\"\n  }\n}\n",
		},
		{
			name:  "names compare without case",
			src:   `{"Properties": {"DisableLocalAuth": false}}`,
			path:  "properties.disableLocalAuth",
			value: true,
			want:  `{"Properties": {"DisableLocalAuth": true}}`,
		},
		{
			name:  "insert after the last member at its indentation",
			src:   "{\n    \"a\": {\n        \"x\": 1\n    }\n}",
			path:  "a.b",
			value: true,
			want:  "{\n    \"a\": {\n        \"x\": 1,\n        \"b\": true\n    }\n}",
		},
		{
			name:  "insert before the first member when a comment ends the object",
			src:   "{\n  \"a\": {\n    \"x\": 1 // keep\n  }\n}",
			path:  "a.b",
			value: "Deny",
			want:  "{\n  \"a\": {\n    \"b\": \"Deny\",\n    \"x\": 1 // keep\n  }\n}",
		},
		{
			name:  "insert before the first member when a trailing comma ends the object",
			src:   "{\n  \"a\": {\n    \"x\": 1,\n  }\n}",
			path:  "a.b",
			value: false,
			want:  "{\n  \"a\": {\n    \"b\": false,\n    \"x\": 1,\n  }\n}",
		},
		{
			name:  "an object on one line stays on one line",
			src:   "{\n  \"sku\": { \"name\": \"S0\" }\n}",
			path:  "sku.tier",
			value: "Standard",
			want:  "{\n  \"sku\": { \"name\": \"S0\", \"tier\": \"Standard\" }\n}",
		},
		{
			name:  "an empty object opens at the file's indentation",
			src:   "{\n\t\"properties\": {}\n}\n",
			path:  "properties.disableLocalAuth",
			value: true,
			want:  "{\n\t\"properties\": {\n\t\t\"disableLocalAuth\": true\n\t}\n}\n",
		},
		{
			name:  "absent objects are created on the way",
			src:   "{\n  \"properties\": {\n    \"x\": 1\n  }\n}",
			path:  "properties.networkAcls.defaultAction",
			value: "Deny",
			want:  "{\n  \"properties\": {\n    \"x\": 1,\n    \"networkAcls\": {\n      \"defaultAction\": \"Deny\"\n    }\n  }\n}",
		},
		{
			name:  "a minified file stays minified",
			src:   `{"properties":{"x":1},"y":{}}`,
			path:  "y.a.b",
			value: 1,
			want:  `{"properties":{"x":1},"y":{"a": {"b": 1}}}`,
		},
		{
			name:  "CRLF line breaks are kept",
			src:   "{\r\n  \"p\": {\r\n    \"x\": 1\r\n  }\r\n}\r\n",
			path:  "p.y",
			value: "z",
			want:  "{\r\n  \"p\": {\r\n    \"x\": 1,\r\n    \"y\": \"z\"\r\n  }\r\n}\r\n",
		},
		{
			name:  "a key that needs escapes is escaped",
			src:   `{"a": {"b": 1}}`,
			path:  `a["we\"ird"]`,
			value: "<&>",
			want:  `{"a": {"b": 1, "we\"ird": "<&>"}}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := parseJSONFile("t.json", []byte(tt.src))
			require.NoError(t, err)
			p, err := parser.ParsePath(tt.path)
			require.NoError(t, err)
			e, err := f.set(f.root, p, tt.value)
			require.NoError(t, err)
			require.NotNil(t, e)
			got := applyEdits(t, "t.json", tt.src, *e)
			assert.Equal(t, tt.want, got)

			// The edited text parses and holds the value; a second edit
			// changes nothing.
			g, err := parseJSONFile("t.json", []byte(got))
			require.NoError(t, err)
			e, err = g.set(g.root, p, tt.value)
			require.NoError(t, err)
			assert.Nil(t, e)
		})
	}
}

func TestJSONAdd(t *testing.T) {
	tests := []struct {
		name, src, path string
		items           []any
		want            string
	}{
		{"append the missing items", `{"a": ["X"]}`, "a", []any{"X", "ALL"}, `{"a": ["X", "ALL"]}`},
		{"fill an empty array", `{"a": []}`, "a", []any{"ALL"}, `{"a": ["ALL"]}`},
		{"create the array", `{"b": 1}`, "a", []any{"ALL"}, `{"b": 1, "a": ["ALL"]}`},
		{
			"an array of lines gets a line",
			"{\n  \"a\": [\n    \"X\"\n  ]\n}", "a", []any{"ALL"},
			"{\n  \"a\": [\n    \"X\",\n    \"ALL\"\n  ]\n}",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := parseJSONFile("t.json", []byte(tt.src))
			require.NoError(t, err)
			p, err := parser.ParsePath(tt.path)
			require.NoError(t, err)
			e, err := f.add(f.root, p, tt.items)
			require.NoError(t, err)
			require.NotNil(t, e)
			got := applyEdits(t, "t.json", tt.src, *e)
			assert.Equal(t, tt.want, got)
			g, err := parseJSONFile("t.json", []byte(got))
			require.NoError(t, err)
			e, err = g.add(g.root, p, tt.items)
			require.NoError(t, err)
			assert.Nil(t, e)
		})
	}
}

func TestJSONSetRefusesWhatItCannotEdit(t *testing.T) {
	for _, tt := range []struct{ src, path string }{
		{`{"a": 1}`, "a.b"},
		{`{"a": [1]}`, "a[3]"},
		{`{"a": {/* c */}}`, "a.b"},
	} {
		f, err := parseJSONFile("t.json", []byte(tt.src))
		require.NoError(t, err)
		p, err := parser.ParsePath(tt.path)
		require.NoError(t, err)
		_, err = f.set(f.root, p, true)
		assert.Error(t, err, tt.src)
	}
}

// FuzzJSONSet checks that an edit of any document parses again and holds
// the value, so that a fix never breaks the file it fixes.
func FuzzJSONSet(f *testing.F) {
	f.Add("{\n  \"a\": {\n    \"x\": 1\n  }\n}", "a.b", "v")
	f.Add(`{"a":{}}`, "a.b.c", "v")
	f.Add("{\n  \"a\": { \"x\": 1, } // c\n}", "a.y", "v")
	f.Add(`{"a": "[parameters('p')]"}`, "a", "Disabled")
	f.Fuzz(func(t *testing.T, src, path, value string) {
		if !utf8.ValidString(value) || !utf8.ValidString(path) {
			return // declared values and paths are text
		}
		jf, err := parseJSONFile("t.json", []byte(src))
		if err != nil {
			return
		}
		p, err := parser.ParsePath(path)
		if err != nil || len(p) == 0 || len(p) > 8 {
			return
		}
		for _, el := range p {
			if _, ok := el.(string); !ok {
				return
			}
		}
		e, err := jf.set(jf.root, p, value)
		if err != nil || e == nil {
			return
		}
		a := Apply(map[string][]byte{"t.json": []byte(src)}, []*policies.Fix{{Edits: []policies.Edit{*e}}})
		got := a.Files["t.json"]
		g, err := parseJSONFile("t.json", got)
		if err != nil {
			t.Fatalf("the edit broke the document: %v\n%s", err, got)
		}
		n, rest, err := lookup(g.root, p)
		if err != nil || len(rest) > 0 || !jsonEqual(n, value) {
			t.Fatalf("the edited document does not hold %q at %s (%v)\n%s", value, path, err, got)
		}
	})
}
