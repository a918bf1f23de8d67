package fix_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/internal/testutil"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// TestFixturesFixed applies the fixes of every rule's failing policy
// fixtures (policies/**/testdata/<RULE-ID>/fail*): after the fix the
// rule's fixable findings are gone, the files still load, a second plan
// has nothing to fix, and the fixed text is the one recorded in
// testdata/fixed/<RULE-ID>/<case> (-update writes it, to be read before
// it is committed). A finding that has no fix must say why.
func TestFixturesFixed(t *testing.T) {
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	dirs := fixtureDirs(t)
	total, fixed := 0, 0
	for _, rule := range lib.Rules {
		if len(rule.Fixes) == 0 {
			continue
		}
		dir, ok := dirs[rule.ID]
		if !ok {
			continue
		}
		t.Run(rule.ID, func(t *testing.T) {
			eng := fixtureEngine(t, dir, rule.ID)
			cases, err := os.ReadDir(dir)
			require.NoError(t, err)
			for _, c := range cases {
				name := c.Name()
				if !strings.HasPrefix(name, "fail") || strings.HasSuffix(name, ".want") {
					continue
				}
				t.Run(name, func(t *testing.T) {
					root := t.TempDir()
					copyCase(t, filepath.Join(dir, name), filepath.Join(root, name))
					before := scanWith(t, root, eng)
					var fixes []*policies.Fix
					n := 0
					for _, f := range before.Findings {
						if f.RuleID != rule.ID {
							continue
						}
						n++
						if f.Fix != nil {
							fixes = append(fixes, f.Fix)
							continue
						}
						if d := rule.FixFor(string(f.Format), fix.SourceType(&f)); d != nil && d.None == "" {
							assert.NotEmpty(t, f.NoFix, "%s: a finding without a fix says why", f.Range)
							t.Logf("no fix: %s: %s", f.Range, f.NoFix)
						}
					}
					total += n
					if len(fixes) == 0 {
						return
					}
					// Fixes whose edits overlap are applied by further rounds.
					after := before
					for round := 0; round < 8 && len(fixes) > 0; round++ {
						applied := applyInPlace(t, root, fixes)
						fixed += len(applied.Fixes)
						after = scanWith(t, root, eng)
						fixes = nil
						for _, f := range after.Findings {
							if f.RuleID == rule.ID && f.Fix != nil {
								fixes = append(fixes, f.Fix)
							}
						}
					}
					for _, d := range after.Diagnostics {
						assert.NotEqual(t, parser.DiagError, d.Severity, "the fixed fixture does not load: %s", d)
					}
					checkFixedText(t, filepath.Join(dir, name), filepath.Join(root, name), filepath.Join("testdata", "fixed", rule.ID, name))
					for _, f := range after.Findings {
						if f.RuleID != rule.ID {
							continue
						}
						assert.Nil(t, f.Fix, "still fixable after fixing: %s %s", f.Range, f.Message)
						if rule.FixFor(string(f.Format), fix.SourceType(&f)) != nil {
							assert.NotEmpty(t, f.NoFix, "left after fixing, and no reason: %s %s", f.Range, f.Message)
						}
					}
				})
			}
		})
	}
	t.Logf("%d findings of rules with a declared fix in the failing fixtures, %d fixed", total, fixed)
}

// fixtureEngine is the shared engine, or one with the parameters of the
// rule's testdata config.json.
func fixtureEngine(t *testing.T, dir, id string) *policies.Engine {
	b, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if os.IsNotExist(err) {
		eng, err := engine()
		require.NoError(t, err)
		return eng
	}
	require.NoError(t, err)
	var cfg struct {
		Params   map[string]any `json:"params"`
		Complete bool           `json:"complete"`
	}
	require.NoError(t, json.Unmarshal(b, &cfg))
	eng, err := scan.NewEngine(nil, policies.Options{Params: map[string]map[string]any{id: cfg.Params}, Complete: cfg.Complete})
	require.NoError(t, err)
	return eng
}

// fixtureDirs maps rule ids to their fixture directories.
func fixtureDirs(t *testing.T) map[string]string {
	out := map[string]string{}
	require.NoError(t, filepath.WalkDir(filepath.Join("..", "policies"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && filepath.Base(filepath.Dir(p)) == "testdata" {
			out[d.Name()] = p
			return fs.SkipDir
		}
		return nil
	}))
	return out
}

// checkFixedText compares what the fixes changed in each file of a case
// with the unified diff recorded under golden (<file>.diff), so a change
// in what an edit writes is seen and reads as the edit itself; a case the
// fixes leave alone has no diff recorded.
func checkFixedText(t *testing.T, original, fixed, golden string) {
	t.Helper()
	changed := 0
	require.NoError(t, filepath.WalkDir(fixed, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(fixed, p)
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		before, err := os.ReadFile(filepath.Join(original, rel))
		require.NoError(t, err)
		if bytes.Equal(got, before) {
			return nil
		}
		changed++
		diff := fix.UnifiedDiff(filepath.ToSlash(filepath.Join(filepath.Base(original), rel)), before, got)
		want := filepath.Join(golden, rel) + ".diff"
		if *testutil.Update {
			require.NoError(t, os.MkdirAll(filepath.Dir(want), 0o755))
			return os.WriteFile(want, []byte(diff), 0o644)
		}
		b, err := os.ReadFile(want)
		require.NoError(t, err, "no recorded fix: run go test ./fix -run TestFixturesFixed -update and read %s", want)
		assert.Equal(t, string(b), diff, "what the fixes changed in %s (recorded in %s)", rel, want)
		return nil
	}))
	if changed == 0 {
		for _, g := range []string{golden, golden + ".diff"} {
			if *testutil.Update {
				require.NoError(t, os.RemoveAll(g))
				continue
			}
			_, err := os.Stat(g)
			assert.True(t, os.IsNotExist(err), "%s is recorded, but the fixes change nothing", g)
		}
	}
}

func copyCase(t *testing.T, src, dst string) {
	info, err := os.Stat(src)
	require.NoError(t, err)
	if !info.IsDir() {
		b, err := os.ReadFile(src)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(dst, b, 0o644))
		return
	}
	require.NoError(t, os.CopyFS(dst, os.DirFS(src)))
}
