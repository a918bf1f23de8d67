package fix_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// runFixCases scans each archive of dir (testdata/<format>/*.txtar) with
// the rules its comment names, applies every fix, and compares the files
// with the archive's want/ copies. The archive holds:
//
//	rules: ID ...           (comment) the rules to run
//	nofix: ID: text         (comment) a finding of ID has no fix, and why
//	                        contains text; every finding of ID without
//	                        a fix gives one of its nofix texts
//	policy/*.rego           custom policies declaring fixes
//	src/...                 the scanned tree
//	want/src/...            the files a fix changes, after it
//
// Then it scans the fixed tree again: every file still parses, no fix is
// planned any more, and the fixed findings are gone.
func runFixCases(t *testing.T, dir string) {
	archives, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, archives)
	for _, name := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(name)
			require.NoError(t, err)
			root := t.TempDir()
			want := map[string]string{}
			for _, f := range a.Files {
				if rest, ok := strings.CutPrefix(f.Name, "want/"); ok {
					want[rest] = string(f.Data)
					continue
				}
				p := filepath.Join(root, filepath.FromSlash(f.Name))
				require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
				require.NoError(t, os.WriteFile(p, f.Data, 0o644))
			}
			var rules []string
			nofix := map[string][]string{}
			for _, line := range strings.Split(string(a.Comment), "\n") {
				if v, ok := strings.CutPrefix(line, "rules:"); ok {
					rules = append(rules, strings.Fields(v)...)
				}
				if v, ok := strings.CutPrefix(line, "nofix:"); ok {
					id, why, _ := strings.Cut(strings.TrimSpace(v), ":")
					nofix[id] = append(nofix[id], strings.TrimSpace(why))
				}
			}
			require.NotEmpty(t, rules, "the archive's comment names no rules")

			rep := scanCase(t, root, rules)
			fixes := fixesOf(rep)
			fixed := map[string]bool{}
			for _, f := range rep.Findings {
				if f.Fix != nil {
					fixed[f.Fingerprint] = true
				}
			}
			// Every finding of id without a fix gives one of the reasons,
			// and every reason is given.
			for id, whys := range nofix {
				given := map[string]bool{}
				for _, f := range rep.Findings {
					if f.RuleID != id || f.Fix != nil {
						continue
					}
					matched := false
					for _, why := range whys {
						if strings.Contains(f.NoFix, why) {
							matched, given[why] = true, true
						}
					}
					assert.True(t, matched, "%s at %s: the reason %q is none of %q", id, f.Range, f.NoFix, whys)
				}
				for _, why := range whys {
					assert.True(t, given[why], "no finding of %s without a fix says %q", id, why)
				}
			}
			if len(want) == 0 {
				assert.Empty(t, fixes, "fixes planned, but the archive wants none")
				return
			}
			require.NotEmpty(t, fixes, "no fix planned; findings: %v", describe(rep))

			// posture fix takes the fixes that do not overlap; the others
			// are planned again on the fixed files.
			changed := map[string]string{}
			for round := 0; len(fixes) > 0; round++ {
				require.Less(t, round, 3, "fixes still planned after three rounds: %v", describe(rep))
				files := map[string][]byte{}
				for _, n := range fix.Names(fixes) {
					b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(n)))
					require.NoError(t, err, "a fix edits %s", n)
					files[n] = b
				}
				applied := fix.Apply(files, fixes)
				require.NotEmpty(t, applied.Fixes)
				for n, b := range applied.Files {
					changed[n] = string(b)
					require.NoError(t, os.WriteFile(filepath.Join(root, filepath.FromSlash(n)), b, 0o644))
				}
				rep = scanCase(t, root, rules)
				require.Empty(t, rep.Diagnostics, "the fixed files must parse")
				fixes = fixesOf(rep)
			}
			assert.Equal(t, want, changed)

			for _, f := range rep.Findings {
				assert.False(t, fixed[f.Fingerprint], "%s is still reported after its fix: %s", f.RuleID, f.Message)
			}
		})
	}
}

func scanCase(t *testing.T, root string, rules []string) *result.Report {
	t.Helper()
	rep, err := scan.Run(context.Background(), scan.Options{
		Paths:      []string{"src"},
		WorkDir:    root,
		PolicyDirs: policyDir(root),
		Policy:     policies.Options{Only: rules},
	})
	require.NoError(t, err)
	return rep
}

func policyDir(root string) []string {
	if _, err := os.Stat(filepath.Join(root, "policy")); err != nil {
		return nil
	}
	return []string{filepath.Join(root, "policy")}
}

func fixesOf(rep *result.Report) []*policies.Fix {
	var out []*policies.Fix
	for i := range rep.Findings {
		if f := &rep.Findings[i]; f.Fix != nil && f.Suppression == nil {
			out = append(out, f.Fix)
		}
	}
	return out
}

func describe(rep *result.Report) []string {
	var out []string
	for _, f := range rep.Findings {
		out = append(out, f.RuleID+" "+f.Range.String()+" "+f.Path+" nofix="+f.NoFix)
	}
	for _, d := range rep.Diagnostics {
		out = append(out, "diagnostic: "+d.Message)
	}
	return out
}
