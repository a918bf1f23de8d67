package fix

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func TestYAMLSet(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		path  string
		value any
		want  string
	}{
		{
			name:  "replace a plain scalar, keeping its comment",
			src:   "a:\n  b: true # why\n",
			path:  "a.b",
			value: false,
			want:  "a:\n  b: false # why\n",
		},
		{
			name:  "a quoted scalar keeps its quotes",
			src:   "a:\n  b: 'Enabled'\n  c: \"x\"\n",
			path:  "a.b",
			value: "Disabled",
			want:  "a:\n  b: 'Disabled'\n  c: \"x\"\n",
		},
		{
			name:  "insert a key after the mapping's last line",
			src:   "spec:\n    containers:\n    - name: app\n      image: nginx\n    # trailing comment\nkind: Pod\n",
			path:  "spec.containers[0].securityContext.runAsNonRoot",
			value: true,
			want:  "spec:\n    containers:\n    - name: app\n      image: nginx\n      securityContext:\n          runAsNonRoot: true\n    # trailing comment\nkind: Pod\n",
		},
		{
			name:  "insert into a mapping whose last value is a block scalar",
			src:   "a:\n  s: |\n    line one\n    line two\n  t: 1\nb: 2\n",
			path:  "a.u",
			value: "v",
			want:  "a:\n  s: |\n    line one\n    line two\n  t: 1\n  u: v\nb: 2\n",
		},
		{
			name:  "a block scalar with blank and comment-like lines is passed whole",
			src:   "c:\n  args:\n  - |\n    set -e\n\n    # not a comment\n    run\n  name: x\nd: 1\n",
			path:  "c.image",
			value: "y",
			want:  "c:\n  args:\n  - |\n    set -e\n\n    # not a comment\n    run\n  name: x\n  image: y\nd: 1\n",
		},
		{
			name:  "a block scalar last in its mapping",
			src:   "c:\n  command:\n    - |\n      set -e\n\n      # not a comment\n      run\n  # a comment after\nd: 1\n",
			path:  "c.securityContext.privileged",
			value: false,
			want:  "c:\n  command:\n    - |\n      set -e\n\n      # not a comment\n      run\n  securityContext:\n    privileged: false\n  # a comment after\nd: 1\n",
		},
		{
			name:  "a flow mapping gets the key before its brace",
			src:   "a: {b: 1}\n",
			path:  "a.c",
			value: false,
			want:  "a: {b: 1, c: false}\n",
		},
		{
			name:  "an empty flow mapping is filled",
			src:   "securityContext: {}\n",
			path:  "securityContext.privileged",
			value: false,
			want:  "securityContext: {privileged: false}\n",
		},
		{
			name:  "a key without a value gets the mapping on the next line",
			src:   "securityContext:\nkind: Pod\n",
			path:  "securityContext.privileged",
			value: false,
			want:  "securityContext:\n  privileged: false\nkind: Pod\n",
		},
		{
			name:  "quoted keys stay quoted",
			src:   "\"a\":\n  \"b\": 1\n",
			path:  "a.c",
			value: 2,
			want:  "\"a\":\n  \"b\": 1\n  \"c\": 2\n",
		},
		{
			name:  "a string that YAML would read otherwise is quoted",
			src:   "a:\n  b: 1\n",
			path:  "a.c",
			value: "true",
			want:  "a:\n  b: 1\n  c: \"true\"\n",
		},
		{
			name:  "the last line of a file without a line break",
			src:   "a:\n  b: 1",
			path:  "a.c",
			value: "x",
			want:  "a:\n  b: 1\n  c: x",
		},
		{
			name:  "CRLF line breaks are kept",
			src:   "a:\r\n  b: 1\r\n",
			path:  "a.c",
			value: "x",
			want:  "a:\r\n  b: 1\r\n  c: x\r\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := yamlSetText(t, tt.src, tt.path, tt.value)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, yamlSetText(t, got, tt.path, tt.value), "a second edit changes nothing")
		})
	}
}

// yamlSetText sets path in the first document of src and returns the text.
func yamlSetText(t testing.TB, src, path string, value any) string {
	t.Helper()
	f, err := parseYAMLFile("t.yaml", []byte(src))
	require.NoError(t, err)
	p, err := parser.ParsePath(path)
	require.NoError(t, err)
	e, err := f.set(f.docs[0], p, value)
	require.NoError(t, err)
	if e == nil {
		return src
	}
	return applyEdits(t, "t.yaml", src, *e)
}

func TestYAMLAdd(t *testing.T) {
	tests := []struct {
		name, src, path string
		items           []any
		want            string
	}{
		{"a block sequence gets a line", "drop:\n  - NET_RAW\nx: 1\n", "drop", []any{"ALL"}, "drop:\n  - NET_RAW\n  - ALL\nx: 1\n"},
		{"a flow sequence gets an item", "drop: [NET_RAW]\n", "drop", []any{"ALL"}, "drop: [NET_RAW, ALL]\n"},
		{"an empty flow sequence is filled", "drop: []\n", "drop", []any{"ALL"}, "drop: [ALL]\n"},
		{
			"an absent sequence is created in block style",
			"c:\n  securityContext:\n    privileged: false\n", "c.securityContext.capabilities.drop", []any{"ALL"},
			"c:\n  securityContext:\n    privileged: false\n    capabilities:\n      drop:\n        - ALL\n",
		},
		{
			"sequences follow the file's dash indentation",
			"c:\n  args:\n  - x\n  securityContext:\n    privileged: false\n", "c.securityContext.capabilities.drop", []any{"ALL"},
			"c:\n  args:\n  - x\n  securityContext:\n    privileged: false\n    capabilities:\n      drop:\n      - ALL\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := parseYAMLFile("t.yaml", []byte(tt.src))
			require.NoError(t, err)
			p, err := parser.ParsePath(tt.path)
			require.NoError(t, err)
			e, err := f.add(f.docs[0], p, tt.items)
			require.NoError(t, err)
			require.NotNil(t, e)
			got := applyEdits(t, "t.yaml", tt.src, *e)
			assert.Equal(t, tt.want, got)
			g, err := parseYAMLFile("t.yaml", []byte(got))
			require.NoError(t, err)
			e, err = g.add(g.docs[0], p, tt.items)
			require.NoError(t, err)
			assert.Nil(t, e)
		})
	}
}

func TestYAMLRefusesWhatItCannotEdit(t *testing.T) {
	for _, tt := range []struct{ src, path string }{
		{"a: |\n  text\n", "a"},
		{"x: &v true\na: *v\n", "a"},
		{"a: !!str true\n", "a"},
		{"a: [1]\n", "a.b"},
	} {
		f, err := parseYAMLFile("t.yaml", []byte(tt.src))
		require.NoError(t, err)
		p, err := parser.ParsePath(tt.path)
		require.NoError(t, err)
		_, err = f.set(f.docs[0], p, false)
		assert.Error(t, err, tt.src)
	}
}

// FuzzYAMLSet checks that an edit of any document parses again and holds
// the value.
func FuzzYAMLSet(f *testing.F) {
	f.Add("a:\n  b: 1 # c\n", "a.b", "v")
	f.Add("a:\n  - x: 1\n    y: 2\n", "a[0].z.w", "v")
	f.Add("a: {b: [1, 2]}\n", "a.c", "v")
	f.Add("---\na: 1\n---\nb:\n", "b.c", "v")
	f.Add("a: 'x'\n", "a", "it's")
	f.Fuzz(func(t *testing.T, src, path, value string) {
		if !utf8.ValidString(value) || !utf8.ValidString(path) {
			return // declared values and paths are text
		}
		yf, err := parseYAMLFile("t.yaml", []byte(src))
		if err != nil || len(yf.docs) == 0 {
			return
		}
		p, err := parser.ParsePath(path)
		if err != nil || len(p) == 0 || len(p) > 8 {
			return
		}
		e, err := yf.set(yf.docs[0], p, value)
		if err != nil || e == nil {
			return
		}
		a := Apply(map[string][]byte{"t.yaml": []byte(src)}, []*policies.Fix{{Edits: []policies.Edit{*e}}})
		got := a.Files["t.yaml"]
		g, err := parseYAMLFile("t.yaml", got)
		if err != nil || len(g.docs) == 0 {
			t.Fatalf("the edit broke the document: %v\n%q\n%q", err, src, got)
		}
		tgt, err := yamlLookup(g.docs[0], nil, p)
		if err != nil || len(tgt.rest) > 0 || !yamlEqual(tgt.node, value) {
			var back any
			_ = yaml.Unmarshal(got, &back)
			t.Fatalf("the edited document does not hold %q at %s (%v)\n%q\n%q", value, path, err, src, got)
		}
	})
}
