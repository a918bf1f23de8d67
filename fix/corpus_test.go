package fix_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

var corpus = flag.String("corpus", "", "apply every fix to a copy of this corpus `DIR` (../../shared/corpus) and check the result (slow)")

// TestCorpusFixed applies every fix to a copy of the shared corpus, then
// scans again: every changed file still parses, files hclwrite had
// formatted stay formatted, the fixed findings are gone and no finding
// is new. It logs how many findings of the rules with a fix were fixed,
// and why the others were left. Run with -corpus ../../shared/corpus.
func TestCorpusFixed(t *testing.T) {
	if *corpus == "" {
		t.Skip("run with -corpus DIR")
	}
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	automatic := 0
	for _, r := range lib.Rules {
		for _, d := range r.Fixes {
			if d.None == "" {
				automatic++
				break
			}
		}
	}
	t.Logf("%d of %d rules declare an automatic fix", automatic, len(lib.Rules))
	for _, format := range []string{"terraform", "arm", "kubernetes"} {
		t.Run(format, func(t *testing.T) {
			src := filepath.Join(*corpus, format)
			if _, err := os.Stat(src); err != nil {
				t.Skip("corpus not present")
			}
			dir := t.TempDir()
			require.NoError(t, os.CopyFS(dir, os.DirFS(src)))
			original := readTree(t, dir)

			before := scanTree(t, dir)
			after := before
			for round := 0; round < 8; round++ {
				fixes := fixable(after, nil)
				if len(fixes) == 0 {
					break
				}
				applied := applyInPlace(t, dir, fixes)
				t.Logf("round %d: %d fixes applied, %d left for the next round", round+1, len(applied.Fixes), len(applied.Rejected))
				after = scanTree(t, dir)
			}

			fixedTree := readTree(t, dir)
			changed := 0
			for name, b := range fixedTree {
				old := original[name]
				if bytes.Equal(old, b) {
					continue
				}
				changed++
				assert.NoError(t, parses(name, b), "%s no longer parses after the fix", name)
				if isHCL(name) && bytes.Equal(hclwrite.Format(old), old) {
					assert.Equal(t, string(hclwrite.Format(b)), string(b), "%s was formatted and is no longer", name)
				}
			}
			assert.Empty(t, newErrors(before, after), "diagnostics the fixes caused")

			was := map[string]bool{}
			for i := range before.Findings {
				was[f(before, i).Fingerprint] = true
			}
			still := map[string]bool{}
			for i := range after.Findings {
				g := f(after, i)
				still[g.Fingerprint] = true
				assert.True(t, was[g.Fingerprint], "a new finding after the fixes: %s %s %s", g.Range, g.RuleID, g.Message)
			}
			var declared, fixed int
			left := map[string]int{}
			for i := range before.Findings {
				g := f(before, i)
				if g.Suppression != nil || !automaticFor(g) {
					continue
				}
				declared++
				if !still[g.Fingerprint] {
					fixed++
					continue
				}
				left[reason(g)]++
			}
			for i := range after.Findings {
				g := f(after, i)
				assert.Nil(t, g.Fix, "still fixable after the fixes: %s %s", g.Range, g.RuleID)
			}
			t.Logf("%s: %d files changed; %d findings of rules with an automatic fix, %d fixed (%.1f%%), %d left",
				format, changed, declared, fixed, percent(fixed, declared), declared-fixed)
			for _, r := range sortedReasons(left) {
				t.Logf("  left %4d  %s", left[r], r)
			}
		})
	}
}

func f(rep *result.Report, i int) *policies.Finding { return &rep.Findings[i] }

// automaticFor reports whether the finding's rule declares an automatic
// fix for its format and source type.
func automaticFor(g *policies.Finding) bool {
	if g.Rule == nil {
		return false
	}
	d := g.Rule.FixFor(string(g.Format), fix.SourceType(g))
	return d != nil && d.None == ""
}

// reason groups why a finding was left: its NoFix with the file names,
// paths and values cut, so that counts add up by cause.
func reason(g *policies.Finding) string {
	if g.Fix != nil {
		return g.RuleID + ": fixed by an edit that did not resolve it"
	}
	r := g.NoFix
	for _, re := range []*regexp.Regexp{files, indexed, quoted} {
		r = re.ReplaceAllString(r, "…")
	}
	return g.RuleID + ": " + r
}

var (
	files   = regexp.MustCompile(`[\w./-]+\.(ya?ml|json|tf|tfvars|bicep)(:\d+:\d+)?`)
	indexed = regexp.MustCompile(`\S*\[\d+\]\S*`)
	quoted  = regexp.MustCompile(`"[^"]*"`)
)

func sortedReasons(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

func percent(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

func isHCL(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tfvars")
}

// parses checks that a fixed file is still valid in its language.
func parses(name string, b []byte) error {
	switch {
	case isHCL(name):
		_, diags := hclsyntax.ParseConfig(b, name, hcl.InitialPos)
		if diags.HasErrors() {
			return diags
		}
	case strings.HasSuffix(name, ".json"):
		_, err := parser.ParseJSON(b)
		return err
	case strings.HasSuffix(name, ".yaml"), strings.HasSuffix(name, ".yml"):
		dec := yaml.NewDecoder(bytes.NewReader(b))
		for {
			var n yaml.Node
			if err := dec.Decode(&n); err != nil {
				if err.Error() == "EOF" {
					return nil
				}
				return err
			}
		}
	}
	return nil
}

// positions are the file:line:column and "line N" references inside
// messages, which move when a fix inserts lines.
var positions = regexp.MustCompile(`:\d+:\d+|\bline \d+`)

// newErrors returns the error diagnostics of after that before did not
// have.
func newErrors(before, after *result.Report) []string {
	had := map[string]bool{}
	key := func(d parser.Diagnostic) string { return d.Range.File + positions.ReplaceAllString(d.Message, "") }
	for _, d := range before.Diagnostics {
		had[key(d)] = true
	}
	var out []string
	for _, d := range after.Diagnostics {
		if d.Severity == parser.DiagError && !had[key(d)] {
			out = append(out, fmt.Sprint(d))
		}
	}
	return out
}
