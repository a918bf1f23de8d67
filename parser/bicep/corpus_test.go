package bicep

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusDir is the shared real-world corpus, relative to this package.
const corpusDir = "../../../shared/corpus"

type corpusFile struct {
	name string
	src  []byte
}

func corpus(tb testing.TB) ([]corpusFile, int64) {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skip("corpus not present")
	}
	var files []corpusFile
	var size int64
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".bicep") && !strings.HasSuffix(path, ".bicepparam") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(corpusDir, path)
		files = append(files, corpusFile{filepath.ToSlash(rel), src})
		size += int64(len(src))
		return nil
	})
	require.NoError(tb, err)
	return files, size
}

// TestCorpus parses every Bicep file of the corpus: each was compiled to
// the ARM template beside it, so each must parse without error.
func TestCorpus(t *testing.T) {
	files, _ := corpus(t)
	require.NotEmpty(t, files)
	clean, compared, decls := 0, 0, 0
	for _, f := range files {
		file, diags := Parse(f.name, f.src)
		require.NotNil(t, file)
		bad := 0
		for _, d := range diags {
			if d.Severity == parser.DiagError {
				bad++
				t.Errorf("%s", d)
			}
		}
		if bad == 0 {
			clean++
		}
		assert.NotEmpty(t, file.Statements, f.name)
		for _, s := range file.Statements {
			checkEnclosed(t, s)
		}
		checkPositions(t, file)
		decls += checkDeclarationCount(t, f, file)
		if compareWithARM(t, f, file) {
			compared++
		}
	}
	t.Logf("%d/%d Bicep files parse without error; %d resource, module, param and output declarations, as many as their lines; parameters and outputs agree with %d compiled templates",
		clean, len(files), decls, compared)
}

// checkEnclosed asserts that every node lies within its parent, in the
// same file, with its start before its end.
func checkEnclosed(t *testing.T, n Node) {
	r := n.Span()
	if !assert.LessOrEqual(t, r.Start.Byte, r.End.Byte, "%s: %T", r, n) {
		return
	}
	Walk(n, func(c Node) bool {
		if c == n {
			return true
		}
		if _, ok := c.(*Decorator); !ok {
			assert.True(t, r.Encloses(c.Span()), "%T at %s outside its parent %T at %s-%d:%d", c, c.Span(), n, r, r.End.Line, r.End.Column)
		}
		checkEnclosed(t, c)
		return false
	})
}

// checkPositions asserts that the line and column of every node agree
// with the file's line index.
func checkPositions(t *testing.T, f *File) {
	for _, s := range f.Statements {
		Walk(s, func(n Node) bool {
			r := n.Span()
			if r.Start != f.Lines.Pos(r.Start.Byte) || r.End != f.Lines.Pos(r.End.Byte) || r.File != f.Name {
				t.Errorf("%T: range %+v disagrees with the line index", n, r)
				return false
			}
			return true
		})
	}
}

// declLine matches a line that begins a declaration, as a text search sees
// it: an independent count of what the parser must find.
var declLine = regexp.MustCompile(`(?m)^[ \t]*(resource|module|param|output)[ \t]+[A-Za-z_][A-Za-z0-9_]*\b`)

// checkDeclarationCount compares the declarations in the tree, nested
// resources included, with the lines of the file that begin one.
func checkDeclarationCount(t *testing.T, f corpusFile, file *File) int {
	want := len(declLine.FindAll(f.src, -1))
	got := 0
	for _, s := range file.Statements {
		Walk(s, func(n Node) bool {
			switch n.(type) {
			case *Resource, *Module, *Param, *Output:
				got++
			}
			return true
		})
	}
	assert.Equal(t, want, got, "%s: declarations", f.name)
	return got
}

// compareWithARM checks the parameters and outputs against the template
// compiled from the file, when it sits beside it: a cheap proof that the
// declarations were read as the Bicep compiler read them.
func compareWithARM(t *testing.T, f corpusFile, file *File) bool {
	if !strings.HasSuffix(f.name, ".bicep") {
		return false
	}
	base := filepath.Join(corpusDir, strings.TrimSuffix(f.name, ".bicep"))
	raw, err := os.ReadFile(base + ".json")
	if err != nil && filepath.Base(base) == "main" {
		raw, err = os.ReadFile(filepath.Join(filepath.Dir(base), "azuredeploy.json"))
	}
	if err != nil {
		return false
	}
	var tmpl struct {
		Parameters map[string]json.RawMessage
		Outputs    map[string]json.RawMessage
		Metadata   struct {
			Generator struct{ Name string } `json:"_generator"`
		}
	}
	if json.Unmarshal(raw, &tmpl) != nil || tmpl.Metadata.Generator.Name != "bicep" {
		return false
	}
	var params, outputs []string
	for _, s := range file.Statements {
		switch s := s.(type) {
		case *Param:
			params = append(params, s.Name.Name)
		case *Output:
			outputs = append(outputs, s.Name.Name)
		}
	}
	if staleTemplates[f.name] {
		return false
	}
	assert.ElementsMatch(t, keys(tmpl.Parameters), params, "%s: parameters", f.name)
	assert.ElementsMatch(t, keys(tmpl.Outputs), outputs, "%s: outputs", f.name)
	return true
}

// staleTemplates were edited after their JSON was last compiled: the
// parameters of the .bicep and of the template differ in the files
// themselves (checked by reading both).
var staleTemplates = map[string]bool{
	"arm/azure-quickstart-templates/quickstarts/microsoft.compute/vm-windows-ssh/main.bicep":                                     true,
	"arm/azure-quickstart-templates/quickstarts/microsoft.documentdb/cosmosdb-mongodb-autoscale/main.bicep":                      true,
	"arm/azure-quickstart-templates/quickstarts/microsoft.sqlvirtualmachine/sql-vm-new-storage/main.bicep":                       true,
	"arm/azure-quickstart-templates/quickstarts/microsoft.web/webapp-windows-with-privateendpoint-applicationgateway/main.bicep": true,
}

func keys[V any](m map[string]V) []string {
	out := []string{}
	for k := range m {
		out = append(out, k)
	}
	return out
}

func BenchmarkParseCorpus(b *testing.B) {
	files, size := corpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			Parse(f.name, f.src)
		}
	}
}
