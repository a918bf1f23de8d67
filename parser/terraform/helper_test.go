package terraform

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"

	"github.com/posture-dev/posture/parser"
)

// result is what decoding a fixture produced, resources by ID.
type result struct {
	byID  map[string]parser.Resource
	ids   []string
	all   []parser.Resource // in the order decoded, with IDs repeated across units
	diags []parser.Diagnostic
}

// fixtureFS reads testdata/<name>.txtar into an in-memory file system.
func fixtureFS(t testing.TB, name string) fstest.MapFS {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", name+".txtar"))
	require.NoError(t, err)
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// decode runs the decoder through the parser driver on paths of fsys, with
// the azurerm mapping switched off so the Terraform shape can be checked.
func decode(t testing.TB, fsys fstest.MapFS, opts Options, paths ...string) result {
	t.Helper()
	conv, fold := convertAzure, foldAzure
	convertAzure = func(r parser.Resource) (parser.Resource, bool) { return r, false }
	foldAzure = func(rs []parser.Resource) []parser.Resource { return rs }
	defer func() { convertAzure, foldAzure = conv, fold }()
	return decodeMapped(t, fsys, opts, paths...)
}

func decodeMapped(t testing.TB, fsys fstest.MapFS, opts Options, paths ...string) result {
	t.Helper()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	res, err := parser.Parse(context.Background(), parser.NewSource(fsys), paths, []parser.Decoder{New(opts)})
	require.NoError(t, err)
	out := result{byID: map[string]parser.Resource{}, diags: res.Diagnostics}
	out.all = res.Resources
	for _, r := range res.Resources {
		out.byID[r.ID] = r
		out.ids = append(out.ids, r.ID)
	}
	sort.Strings(out.ids)
	return out
}

func (r result) get(t testing.TB, id string) parser.Resource {
	t.Helper()
	res, ok := r.byID[id]
	require.Truef(t, ok, "no resource %s; have %v", id, r.ids)
	return res
}

// rng builds an expected range; bytes are not compared by the tests, so
// they are left out and stripped from actual ranges with noBytes.
func rng(file string, l1, c1, l2, c2 int) parser.Range {
	return parser.Range{File: file, Start: parser.Pos{Line: l1, Column: c1}, End: parser.Pos{Line: l2, Column: c2}}
}

func noBytes(r parser.Range) parser.Range {
	r.Start.Byte, r.End.Byte = 0, 0
	return r
}

func noBytesAll(rs []parser.Range) []parser.Range {
	out := make([]parser.Range, len(rs))
	for i, r := range rs {
		out[i] = noBytes(r)
	}
	return out
}

func errorsOf(ds []parser.Diagnostic, sev parser.DiagSeverity) []parser.Diagnostic {
	var out []parser.Diagnostic
	for _, d := range ds {
		if d.Severity == sev {
			out = append(out, d)
		}
	}
	return out
}
