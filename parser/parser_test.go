package parser

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPathString(t *testing.T) {
	tests := []struct {
		path Path
		want string
	}{
		{Path{}, ""},
		{Path{"properties", "publicNetworkAccess"}, "properties.publicNetworkAccess"},
		{Path{"properties", "networkAcls", "ipRules", 0, "value"}, "properties.networkAcls.ipRules[0].value"},
		{Path{"metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"}, `metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]`},
		{Path{"data", "key with \"quotes\""}, `data["key with \"quotes\""]`},
		{Path{"a-b", "$schema", "_x"}, "a-b.$schema._x"},
		{Path{"-lead"}, `["-lead"]`},
		{Path{""}, `[""]`},
		{Path{0, 1}, "[0][1]"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.path.String())
			back, err := ParsePath(tc.want)
			require.NoError(t, err)
			if len(tc.path) == 0 {
				assert.Empty(t, back)
				return
			}
			assert.Equal(t, tc.path, back)
		})
	}
}

// Prefixes renders every prefix of a path exactly as String does: findings
// are located and keyed by these strings.
func TestPathPrefixes(t *testing.T) {
	paths := []Path{
		nil,
		{"properties", "publicNetworkAccess"},
		{"spec", "template", "spec", "containers", 0, "securityContext", "privileged"},
		{"metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"},
		{"", "a", "_b", "$c", "-d", "e-f", "9g", "h9", "ü", `q"uote`},
		{"a", int64(3), "b", 2.5, true, nil},
	}
	for _, p := range paths {
		s, ends := p.Prefixes()
		require.Len(t, ends, len(p)+1)
		for n := 0; n <= len(p); n++ {
			assert.Equal(t, p[:n].String(), s[:ends[n]], "%#v prefix %d", p, n)
		}
	}
}

func TestParsePathErrors(t *testing.T) {
	for _, s := range []string{"a[", "a[x]", `a["unterminated`, `a["x"`} {
		_, err := ParsePath(s)
		assert.Error(t, err, s)
	}
}

func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"properties.a[0].b", `metadata.annotations["a.b/c"]`, "[0][1]", `a["x\"y"]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePath(s)
		if err != nil {
			return
		}
		// What parses renders to a form that parses to the same path.
		again, err := ParsePath(p.String())
		require.NoError(t, err, "%q rendered as %q", s, p.String())
		assert.Equal(t, p.String(), again.String())
	})
}

func TestLocate(t *testing.T) {
	rg := func(line int) Range { return Range{File: "main.tf", Start: Pos{Line: line, Column: 3}} }
	r := Resource{
		Header: rg(1),
		Ranges: RangeTable{"": rg(1), "properties": rg(4), "properties.networkAcls": rg(6), "properties.networkAcls.defaultAction": rg(7)},
	}
	tests := []struct {
		name string
		path Path
		want int
	}{
		{"the value itself", Path{"properties", "networkAcls", "defaultAction"}, 7},
		{"a missing attribute: its nearest declared ancestor", Path{"properties", "networkAcls", "bypass"}, 6},
		{"a missing block: the nearest ancestor", Path{"properties", "encryption", "keySource"}, 4},
		{"nothing declared: the header", Path{"identity", "type"}, 1},
		{"the resource as a whole: the header", nil, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, r.Locate(tc.path).Start.Line)
		})
	}
}

func TestIsUnknown(t *testing.T) {
	r := Resource{Unknown: []Path{{"properties", "publicNetworkAccess"}}}
	assert.True(t, r.IsUnknown(Path{"properties", "publicNetworkAccess"}))
	assert.True(t, r.IsUnknown(Path{"properties"}), "a value around an unknown one is not decided")
	assert.True(t, r.IsUnknown(Path{"properties", "publicNetworkAccess", "x"}))
	assert.False(t, r.IsUnknown(Path{"properties", "disableLocalAuth"}))
}

func TestLineIndex(t *testing.T) {
	src := []byte("a = 1\r\nné = \"日本\"\n\nlast")
	x := NewLineIndex(src)
	assert.Equal(t, 4, x.Lines())
	assert.Equal(t, Pos{Line: 1, Column: 1, Byte: 0}, x.Pos(0))
	// Columns count code points: é and 日 are one each, so 本 is column 8.
	off := len("a = 1\r\nné = \"日")
	assert.Equal(t, Pos{Line: 2, Column: 8, Byte: off}, x.Pos(off))
	assert.Equal(t, "a = 1", x.Line(1), "the CR of a CRLF is not part of the line")
	assert.Equal(t, `né = "日本"`, x.Line(2))
	assert.Equal(t, "", x.Line(3))
	assert.Equal(t, "last", x.Line(4))
	assert.Equal(t, "", x.Line(5))
	assert.Equal(t, Pos{Line: 4, Column: 5, Byte: len(src)}, x.Pos(len(src)+10), "offsets past the end clamp")
}

func TestDiscover(t *testing.T) {
	fsys := fstest.MapFS{
		"infra/main.tf":                         {Data: []byte("")},
		"infra/.terraform/modules/x/main.tf":    {Data: []byte("")},
		"infra/vendor/lib.yaml":                 {Data: []byte("")},
		"infra/README.md":                       {Data: []byte("")},
		"k8s/app.yaml":                          {Data: []byte("")},
		"k8s/node_modules/pkg/package.json":     {Data: []byte("")},
		".git/config.yaml":                      {Data: []byte("")},
		"templates/azuredeploy.parameters.json": {Data: []byte("")},
		"notes.txt":                             {Data: []byte("")},
	}
	got, diags, err := Discover(fsys, []string{"."})
	require.NoError(t, err)
	assert.Empty(t, diags)
	assert.Equal(t, []string{"infra/main.tf", "k8s/app.yaml", "templates/azuredeploy.parameters.json"}, got)

	// A file named explicitly is kept whatever its ending; duplicates once.
	got, _, err = Discover(fsys, []string{"notes.txt", "k8s", "k8s/app.yaml"})
	require.NoError(t, err)
	assert.Equal(t, []string{"k8s/app.yaml", "notes.txt"}, got)

	_, _, err = Discover(fsys, []string{"missing"})
	assert.ErrorIs(t, err, ErrNotFound)
}

// panicky claims every .tf file and panics on one of them.
type panicky struct{}

func (panicky) Name() string                     { return "test" }
func (panicky) Match(name string, _ []byte) bool { return true }
func (panicky) Units(names []string) [][]string  { return [][]string{names[:1], names[1:]} }
func (panicky) Decode(_ context.Context, src *Source, unit []string) ([]Resource, []Diagnostic, []Suppression) {
	if unit[0] == "bad.tf" {
		panic("boom")
	}
	return []Resource{{ID: unit[0], Range: Range{File: unit[0]}}}, nil, nil
}

func TestParseRecoversAndReportsBadInput(t *testing.T) {
	fsys := fstest.MapFS{
		"bad.tf":    {Data: []byte("x")},
		"good.tf":   {Data: []byte("y")},
		"image.tf":  {Data: []byte("GIF89a\x00\x01")},
		"empty.txt": {Data: []byte("")},
	}
	res, err := Parse(context.Background(), NewSource(fsys), []string{"."}, []Decoder{panicky{}})
	require.NoError(t, err)
	require.Len(t, res.Resources, 1, "the other unit's resources survive a panic")
	assert.Equal(t, "good.tf", res.Resources[0].ID)
	require.Len(t, res.Diagnostics, 2)
	assert.Equal(t, "bad.tf", res.Diagnostics[0].Range.File)
	assert.Contains(t, res.Diagnostics[0].Message, "internal error in the test reader")
	assert.Equal(t, "image.tf", res.Diagnostics[1].Range.File)
	assert.Contains(t, res.Diagnostics[1].Message, "binary content")
}

func TestSourceCachesReads(t *testing.T) {
	fsys := fstest.MapFS{"a.tf": {Data: []byte("one")}}
	src := NewSource(fsys)
	_, ok := src.Cached("a.tf")
	assert.False(t, ok)
	b, err := src.ReadFile("a.tf")
	require.NoError(t, err)
	assert.Equal(t, "one", string(b))
	fsys["a.tf"].Data = []byte("changed")
	b, _ = src.ReadFile("a.tf")
	assert.Equal(t, "one", string(b), "a file is read once per scan")
	_, err = src.ReadFile("missing.tf")
	assert.ErrorIs(t, err, fs.ErrNotExist)
}

// TestSourceBytesAreNotShared: decoders share the cached bytes of a file;
// one that appends to them must not change what the others read.
func TestSourceBytesAreNotShared(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "k.yaml"), []byte("resources:\n- a.yaml\n\n"), 0o600))
	src := NewSource(os.DirFS(dir))
	b, err := src.ReadFile("k.yaml")
	require.NoError(t, err)
	_ = append(bytes.TrimRight(b, "\n"), "\nbuildMetadata: x\n"...)
	again, err := src.ReadFile("k.yaml")
	require.NoError(t, err)
	assert.Equal(t, "resources:\n- a.yaml\n\n", string(again))
}

func TestRangesUnder(t *testing.T) {
	r := func(l int) Range { return Range{File: "a", Start: Pos{Line: l}} }
	table := RangeTable{"policy": r(1), "policy.Statement[0]": r(2), "policy[1]": r(3), "policyX": r(4), "other": r(5)}
	assert.Equal(t, map[string]Range{"": r(1), ".Statement[0]": r(2), "[1]": r(3)}, table.Under("policy"))
	_, below := Below("policyX.a", "policy")
	assert.False(t, below)
}
