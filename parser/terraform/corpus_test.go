package terraform

import (
	"context"
	"os"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// corpusDir is the shared real-world corpus, relative to this package.
const corpusDir = "../../../shared/corpus/terraform"

func corpusSource(tb testing.TB) (*parser.Source, []string) {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skip("corpus not present:", corpusDir)
	}
	src := parser.NewSource(os.DirFS(corpusDir))
	names, _, err := parser.Discover(src, []string{"."})
	require.NoError(tb, err)
	return src, names
}

func corpusUnits(tb testing.TB, src *parser.Source, names []string) (parser.Decoder, [][]string, int64) {
	dec := New(Options{})
	var claimed []string
	var size int64
	for _, n := range names {
		b, err := src.ReadFile(n)
		require.NoError(tb, err)
		if dec.Match(n, b) {
			claimed = append(claimed, n)
			size += int64(len(b))
		}
	}
	return dec, dec.Units(claimed), size
}

// corpusExceptions are the error diagnostics the corpus really deserves,
// by file, with the reason: Terraform itself rejects these inputs.
var corpusExceptions = map[string]string{
	"terraform-provider-azurerm/examples/vm-scale-set/windows/secrets/main.tf": "declares azurerm_key_vault.main and azurerm_key_vault_certificate.main twice",
}

// TestCorpus loads every module directory of the corpus and requires that
// none produces an error diagnostic, except the known invalid inputs.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	src, names := corpusSource(t)
	dec, units, _ := corpusUnits(t, src, names)
	res, err := parser.Parse(context.Background(), src, []string{"."}, []parser.Decoder{dec})
	require.NoError(t, err)
	counts := map[parser.DiagSeverity]int{}
	var errs []string
	for _, d := range res.Diagnostics {
		counts[d.Severity]++
		if _, known := corpusExceptions[d.Range.File]; d.Severity == parser.DiagError && !known {
			errs = append(errs, d.String())
		}
	}
	sort.Strings(errs)
	t.Logf("%d units, %d files, %d resources; diagnostics: %d errors, %d warnings, %d notes",
		len(units), res.Files, len(res.Resources), counts[parser.DiagError], counts[parser.DiagWarning], counts[parser.DiagNote])
	assert.Empty(t, errs)
	if os.Getenv("CORPUS_VERBOSE") != "" {
		for _, d := range res.Diagnostics {
			if d.Severity == parser.DiagWarning {
				t.Log(d)
			}
		}
	}
}

// BenchmarkLoadCorpus loads and evaluates the whole Terraform corpus with
// the parallel driver, as a scan would.
func BenchmarkLoadCorpus(b *testing.B) {
	src0, names := corpusSource(b)
	_, _, size := corpusUnits(b, src0, names)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		src := parser.NewSource(os.DirFS(corpusDir))
		if _, err := parser.Parse(context.Background(), src, []string{"."}, []parser.Decoder{New(Options{})}); err != nil {
			b.Fatal(err)
		}
	}
}
