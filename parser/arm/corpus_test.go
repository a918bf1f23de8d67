package arm

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusDir is the shared real-world corpus, relative to this package.
const corpusDir = "../../../shared/corpus/arm"

func corpusFiles(tb testing.TB) (*parser.Source, []string, int64) {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skip("corpus not present")
	}
	src := parser.NewSource(os.DirFS(corpusDir))
	d := New(Options{})
	var names []string
	var size int64
	err := filepath.WalkDir(corpusDir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(corpusDir, p)
		rel = filepath.ToSlash(rel)
		b, err := src.ReadFile(rel)
		if err != nil {
			return err
		}
		if d.Match(rel, b) {
			names = append(names, rel)
			size += int64(len(b))
		}
		return nil
	})
	require.NoError(tb, err)
	return src, names, size
}

// TestCorpus loads every template of the corpus and reports what came out.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	src, names, size := corpusFiles(t)
	res, err := parser.Parse(context.Background(), src, names, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	unknown := 0
	for _, r := range res.Resources {
		unknown += len(r.Unknown)
	}
	sev := map[parser.DiagSeverity]int{}
	for _, d := range res.Diagnostics {
		sev[d.Severity]++
		if os.Getenv("ARM_CORPUS_VERBOSE") != "" {
			t.Log(d)
		}
	}
	t.Logf("%d templates (%d bytes): %d resources, %d unknown values, diagnostics: %d errors, %d warnings, %d notes",
		len(names), size, len(res.Resources), unknown, sev[parser.DiagError], sev[parser.DiagWarning], sev[parser.DiagNote])
	internal := 0
	for _, d := range res.Diagnostics {
		if len(d.Message) > 14 && d.Message[:14] == "internal error" {
			internal++
			t.Error(d)
		}
	}
	require.Zero(t, internal)
}

func BenchmarkCorpus(b *testing.B) {
	src, names, size := corpusFiles(b)
	// Warm the source cache so the benchmark measures decoding, not disk.
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		_, err := parser.Parse(context.Background(), src, names, []parser.Decoder{New(Options{})})
		require.NoError(b, err)
	}
}

// TestCorpusBudgets evaluates every template of the corpus on its own and
// checks that the largest stays far inside each per-unit budget: the
// limits must never cost a real template its findings.
func TestCorpusBudgets(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	src, names, _ := corpusFiles(t)
	type peak struct {
		n    int
		name string
	}
	var instances, values, steps, bytes peak
	at := func(p *peak, n int, name string) {
		if n > p.n {
			*p = peak{n, name}
		}
	}
	for _, name := range names {
		st := newState(context.Background(), src, name)
		st.run(name, nil)
		require.False(t, st.stopped, "%s: %v", name, st.diags)
		at(&instances, len(st.instances), name)
		at(&values, st.values, name)
		at(&steps, expr.DefaultBudget-st.ctx.Budget, name)
		at(&bytes, expr.DefaultBytes-st.ctx.Bytes, name)
	}
	t.Logf("largest units: %d instances (%s), %d values (%s), %d steps (%s), %d bytes (%s)",
		instances.n, instances.name, values.n, values.name, steps.n, steps.name, bytes.n, bytes.name)
	assert.Less(t, instances.n, maxInstances/10)
	assert.Less(t, values.n, maxValues/10)
	assert.Less(t, steps.n, expr.DefaultBudget/10)
	assert.Less(t, bytes.n, expr.DefaultBytes/10)
}
