package fix_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/internal/testutil"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// The engine compiles every built-in policy once for all the tests.
var engine = sync.OnceValues(func() (*policies.Engine, error) {
	return scan.NewEngine(nil, policies.Options{})
})

func scanTree(t *testing.T, dir string) *result.Report {
	t.Helper()
	eng, err := engine()
	require.NoError(t, err)
	return scanWith(t, dir, eng)
}

func scanWith(t *testing.T, dir string, eng *policies.Engine) *result.Report {
	t.Helper()
	rep, err := scan.Run(context.Background(), scan.Options{Paths: []string{"."}, WorkDir: dir, Engine: eng})
	require.NoError(t, err)
	return rep
}

// copyTree copies testdata dir src into a new temporary directory.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	require.NoError(t, filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	}))
	return dst
}

// fixable returns the fixes of the findings of rules (all when empty).
func fixable(rep *result.Report, rules map[string]bool) []*policies.Fix {
	var out []*policies.Fix
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Fix != nil && f.Suppression == nil && (len(rules) == 0 || rules[f.RuleID]) {
			out = append(out, f.Fix)
		}
	}
	return out
}

// applyInPlace applies fixes to the files under dir and returns the new
// contents by display path.
func applyInPlace(t *testing.T, dir string, fixes []*policies.Fix) *fix.Applied {
	t.Helper()
	files := map[string][]byte{}
	for _, name := range fix.Names(fixes) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		require.NoError(t, err)
		files[name] = b
	}
	applied := fix.Apply(files, fixes)
	for name, b := range applied.Files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), b, 0o644))
	}
	return applied
}

func ruleSet(ids ...string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// TestTerraformEdits: each edit kind, exact text after the fix
// (testdata/terraform-want/<case>/), the finding gone after a rescan and
// nothing left to fix.
func TestTerraformEdits(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules []string
		// noFix are the reasons of the findings left, in order.
		noFix []string
	}{
		{name: "literal", rules: []string{"AZ-AI-003"}},
		{name: "absent", rules: []string{"AZ-AI-003"}},
		{name: "tfvars", rules: []string{"AZ-AI-003"}},
		{name: "default", rules: []string{"AZ-AI-003"}},
		{name: "module", rules: []string{"AZ-AI-003"}},
		{name: "azapi", rules: []string{"AZ-AI-003"}},
		// The origin of a value in an azapi body names the module call,
		// not the argument: the argument passed wins over the default.
		{name: "module_azapi", rules: []string{"AZ-AI-003"}},
		{name: "object_member", rules: []string{"AZ-AI-003"}},
		// Absent nested blocks are created (the declarations say create),
		// after the blocks already there.
		{name: "create_block", rules: []string{"GCP-SQL-003", "GCP-SQL-004"}},
		{name: "computed", rules: []string{"AZ-AI-003"}, noFix: []string{
			`local_auth_enabled is computed (an operation on other values) in main.tf: change it by hand so it yields false`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyTree(t, filepath.Join("testdata", "terraform", tc.name))
			rules := ruleSet(tc.rules...)
			before := scanTree(t, dir)
			originals := readTree(t, dir)
			applied := applyInPlace(t, dir, fixable(before, rules))
			assert.Empty(t, applied.Rejected)

			after := readTree(t, dir)
			for name, b := range after {
				if !bytes.Equal(b, originals[name]) {
					testutil.Golden(t, filepath.Join("testdata", "terraform-want", tc.name, name), b)
				}
				if bytes.Equal(hclwrite.Format(originals[name]), originals[name]) && strings.HasSuffix(name, ".tf") {
					assert.Equal(t, string(hclwrite.Format(b)), string(b), "%s was formatted and is no longer", name)
				}
			}

			rescan := scanTree(t, dir)
			var left []string
			for _, f := range rescan.Findings {
				if rules[f.RuleID] {
					assert.Nil(t, f.Fix, "%s still has a fix after fixing: %s", f.RuleID, f.Range)
					left = append(left, f.NoFix)
				}
			}
			assert.Equal(t, tc.noFix, left)
			assert.Empty(t, rescan.Diagnostics)
		})
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = b
		return err
	}))
	return out
}

// TestTerraformFixCases: the archives of testdata/terraform (map
// arguments), exact text after the fix.
func TestTerraformFixCases(t *testing.T) { runFixCases(t, "testdata/terraform") }
