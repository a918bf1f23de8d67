package scan

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func finding(rule, file string, line int, resource string) policies.Finding {
	return policies.Finding{
		RuleID: rule, ResourceID: resource, Status: policies.StatusFail,
		Range:       parser.Range{File: file, Start: parser.Pos{Line: line, Column: 3}, End: parser.Pos{Line: line, Column: 9}},
		Fingerprint: policies.Fingerprint(rule, file, resource, ""),
	}
}

func ids(fs []policies.Finding) []string {
	out := []string{}
	for _, f := range fs {
		s := f.RuleID + "@" + f.Range.File
		if f.Suppression != nil {
			s += " (" + f.Suppression.Kind + ")"
		}
		out = append(out, s)
	}
	return out
}

func messages(ds []parser.Diagnostic) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, d.Severity.String()+" "+d.Range.String()+" "+d.Message)
	}
	return out
}

func TestScopeStage(t *testing.T) {
	t.Parallel()
	fs := []policies.Finding{
		finding("A-B-001", "infra/main.tf", 3, "r1"),
		finding("A-B-002", "infra/other.tf", 3, "r2"),
		finding("A-B-003", "modules/x/main.tf", 3, "r3"),
		finding("A-B-004", "k8s/deploy.yaml", 3, "r4"),
		finding("A-B-005", "../outside/main.tf", 3, "r6"),
	}
	fromVars := finding("A-B-006", "infra/other.tf", 4, "r5")
	fromVars.Related = []parser.Range{{File: "infra/prod.tfvars"}}
	fs = append(fs, fromVars)

	tests := []struct {
		name  string
		files []string
		dirs  []string
		want  []string
	}{
		{"one file", []string{"infra/main.tf"}, nil, []string{"A-B-001@infra/main.tf"}},
		{"a tfvars file keeps the findings its values cause", []string{"infra/prod.tfvars"}, nil, []string{"A-B-006@infra/other.tf"}},
		{"a file and a directory", []string{"infra/main.tf"}, []string{"k8s"}, []string{"A-B-001@infra/main.tf", "A-B-004@k8s/deploy.yaml"}},
		{"the current directory", []string{"x.tf"}, []string{"."}, []string{"A-B-001@infra/main.tf", "A-B-002@infra/other.tf", "A-B-003@modules/x/main.tf", "A-B-004@k8s/deploy.yaml", "A-B-006@infra/other.tf"}},
		{"nothing", []string{"none.tf"}, nil, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, diags := scopeStage(inPaths(tc.files, tc.dirs)).run(fs)
			assert.Equal(t, tc.want, ids(got))
			assert.Empty(t, diags)
		})
	}
}

func TestInlineStage(t *testing.T) {
	t.Parallel()
	now := time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)
	at := func(line int) parser.Range {
		return parser.Range{File: "main.tf", Start: parser.Pos{Line: line, Column: 3}}
	}
	ds := []directive{
		{IDs: []string{"AZ-AI-003"}, Reason: "keys rotated", File: "main.tf", First: 10, Last: 20, Range: at(9)},
		{IDs: []string{"AZ-AI-001"}, Reason: "old", Until: "2027-01-14", File: "main.tf", First: 10, Last: 20, Range: at(8)},
		{IDs: []string{"AZ-AI-002"}, File: "main.tf", First: 10, Last: 20, Range: at(7), problem: "has no reason: add reason"},
		{IDs: []string{"AZ-AI-004", "NOT-RUN-001"}, Reason: "x", File: "main.tf", First: 30, Last: 30, Range: at(29)},
		{IDs: []string{"K8S-POD-001"}, Reason: "GPU", Until: "2027-01-15", Resource: "apps/v1/Deployment/ns/d", Range: parser.Range{File: "d.yaml", Start: parser.Pos{Line: 5, Column: 5}}},
	}
	fs := []policies.Finding{
		finding("AZ-AI-003", "main.tf", 12, "a"),
		finding("AZ-AI-003", "main.tf", 21, "a"),
		finding("AZ-AI-003", "other.tf", 12, "b"),
		finding("AZ-AI-001", "main.tf", 12, "a"),
		finding("AZ-AI-002", "main.tf", 12, "a"),
		finding("K8S-POD-001", "d.yaml", 40, "apps/v1/Deployment/ns/d"),
		finding("K8S-POD-001", "d.yaml", 80, "apps/v1/Deployment/ns/other"),
	}
	selected := map[string]bool{"AZ-AI-001": true, "AZ-AI-002": true, "AZ-AI-003": true, "AZ-AI-004": true, "K8S-POD-001": true}
	got, diags := inlineStage(ds, selected, now).run(fs)
	assert.Equal(t, []string{
		"AZ-AI-003@main.tf (inline)",
		"AZ-AI-003@main.tf",
		"AZ-AI-003@other.tf",
		"AZ-AI-001@main.tf",
		"AZ-AI-002@main.tf",
		"K8S-POD-001@d.yaml (inline)",
		"K8S-POD-001@d.yaml",
	}, ids(got))
	assert.Equal(t, "keys rotated", got[0].Suppression.Reason)
	assert.Equal(t, at(9), got[0].Suppression.Range)
	assert.Equal(t, "2027-01-15", got[5].Suppression.Until, "valid through its until day")
	assert.Nil(t, fs[0].Suppression, "the input is not modified")
	assert.Equal(t, []string{
		"warning main.tf:8:3 posture:ignore AZ-AI-001 expired on 2027-01-14 (reason: old); its findings are reported again: fix them or extend until=",
		"warning main.tf:7:3 posture:ignore has no reason: add reason; it suppresses nothing",
		"note main.tf:29:3 posture:ignore AZ-AI-004 matches no finding here; remove it if the problem is fixed",
	}, messages(diags), "NOT-RUN-001 did not run: no note about it")
}

func TestConfigStage(t *testing.T) {
	t.Parallel()
	now := time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)
	src := func(line int) parser.Range {
		return parser.Range{File: ".posture.yaml", Start: parser.Pos{Line: line, Column: 5}}
	}
	ignores := []Ignore{
		{Rules: []string{"AZ-ST"}, Paths: []string{"legacy/**"}, Reason: "legacy, being retired", Source: src(3)},
		{Resources: []string{"azurerm_storage_account.logs[*]"}, Reason: "log sink", Until: "2027-06-30", Source: src(6)},
		{Rules: []string{"AZ-AI-003"}, Paths: []string{"*.tf"}, Reason: "old", Until: "2027-01-01", Source: src(9)},
		{Rules: []string{"AZ-AI-004"}, Source: src(12)},
		{Reason: "everything", Source: src(15)},
	}
	fs := []policies.Finding{
		finding("AZ-ST-001", "infra/legacy/a/main.tf", 1, "azurerm_storage_account.old"),
		finding("AZ-ST-001", "infra/new/main.tf", 1, "azurerm_storage_account.new"),
		finding("AZ-AI-001", "infra/legacy/main.tf", 1, "azurerm_cognitive_account.a"),
		finding("AZ-ST-002", "infra/new/main.tf", 1, "azurerm_storage_account.logs[0]"),
		finding("AZ-AI-003", "infra/main.tf", 1, "azurerm_cognitive_account.a"),
		finding("AZ-AI-004", "infra/main.tf", 1, "azurerm_cognitive_account.a"),
	}
	rel := func(dir, file string) string { return strings.TrimPrefix(file, dir+"/") }
	ignores[0].Dir = "infra"
	ignores[2].Dir = "infra"
	got, diags := configStage(ignores, rel, now).run(fs)
	assert.Equal(t, []string{
		"AZ-ST-001@infra/legacy/a/main.tf (config)",
		"AZ-ST-001@infra/new/main.tf",
		"AZ-AI-001@infra/legacy/main.tf",
		"AZ-ST-002@infra/new/main.tf (config)",
		"AZ-AI-003@infra/main.tf",
		"AZ-AI-004@infra/main.tf",
	}, ids(got))
	assert.Equal(t, "legacy, being retired", got[0].Suppression.Reason)
	assert.Equal(t, src(3), got[0].Suppression.Range)
	assert.Equal(t, []string{
		"warning .posture.yaml:9:5 ignore entry expired on 2027-01-01 (reason: old); its findings are reported again: fix them or extend until",
		"warning .posture.yaml:12:5 ignore entry has no reason: add reason=\"why this is accepted\"; it suppresses nothing",
		"warning .posture.yaml:15:5 ignore entry sets none of rule, path, resource; it suppresses nothing (an entry cannot silence every finding)",
	}, messages(diags))
}

func TestPathGlob(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"legacy/**", "legacy/a/b/main.tf", true},
		{"legacy", "legacy/main.tf", true},
		{"legacy", "legacy2/main.tf", false},
		{"**/*.yaml", "k8s/base/deploy.yaml", true},
		{"**/*.yaml", "deploy.yaml", true},
		{"*.tf", "main.tf", true},
		{"*.tf", "sub/main.tf", false},
		{"modules/?/main.tf", "modules/a/main.tf", true},
		{"./infra/main.tf", "infra/main.tf", true},
		{"a[0].tf", "a[0].tf", true},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, pathGlob(tc.pattern).MatchString(tc.path), "%s ~ %s", tc.pattern, tc.path)
	}
	assert.True(t, wildcard("module.ai[*].azurerm_*").MatchString(`module.ai["east"].azurerm_storage_account.s`))
	assert.False(t, wildcard("azurerm_storage_account.s").MatchString("azurerm_storage_account.s2"))
}

func TestBaselineStage(t *testing.T) {
	t.Parallel()
	old := finding("AZ-ST-001", "main.tf", 3, "a")
	moved := old
	moved.Range.Start.Line = 30 // lines moved: still the same finding
	fresh := finding("AZ-ST-002", "main.tf", 3, "a")
	rep := &Report{Tool: "posture", Version: "1.0.0", Findings: []policies.Finding{old}}
	var buf bytes.Buffer
	require.NoError(t, NewBaseline(rep).Write(&buf))
	b, err := ReadBaseline(&buf, BaselineFile)
	require.NoError(t, err)
	assert.Equal(t, 1, b.Len())

	got, diags := baselineStage(b).run([]policies.Finding{moved, fresh})
	assert.Empty(t, diags)
	assert.Equal(t, []string{"AZ-ST-001@main.tf (baseline)", "AZ-ST-002@main.tf"}, ids(got))
}

func TestReadBaselineErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, body, want string }{
		{"not json", "{", "unexpected EOF"},
		{"wrong version", `{"version": 9, "findings": []}`, "version 9, want 1"},
		{"unknown field", `{"version": 1, "entries": []}`, `unknown field "entries"`},
		{"no fingerprint", `{"version": 1, "findings": [{"rule_id": "A", "resource": "r"}]}`, "has no fingerprint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := ReadBaseline(strings.NewReader(tc.body), "b.json")
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrUsage)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestDiffStage(t *testing.T) {
	t.Parallel()
	changed := ChangedLines{"infra/main.tf": {{3, 4}, {10, 10}}, "infra/prod.tfvars": {{1, 1}}}
	multi := finding("R-B-004", "main.tf", 8, "a")
	multi.Range.End = parser.Pos{Line: 12, Column: 2}
	fromVars := finding("R-B-005", "main.tf", 20, "a")
	fromVars.Related = []parser.Range{{File: "prod.tfvars", Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 9}}}
	fs := []policies.Finding{
		finding("R-B-001", "main.tf", 4, "a"),
		finding("R-B-002", "main.tf", 5, "a"),
		finding("R-B-003", "other.tf", 4, "a"),
		multi, fromVars,
	}
	repoPath := func(f string) string { return "infra/" + f }
	got, _ := diffStage(changed, nil, repoPath).run(fs)
	assert.Equal(t, []string{"R-B-001@main.tf", "R-B-004@main.tf", "R-B-005@main.tf"}, ids(got))

	// With the base's findings known, a finding on an unchanged line that
	// the base did not have is the change's doing (a deleted line).
	base := map[string]bool{fs[1].Fingerprint: true}
	got, _ = diffStage(changed, base, repoPath).run(fs)
	assert.Equal(t, []string{"R-B-001@main.tf", "R-B-003@other.tf", "R-B-004@main.tf", "R-B-005@main.tf"}, ids(got))
}

func TestParseDiff(t *testing.T) {
	t.Parallel()
	diff := `diff --git a/infra/main.tf b/infra/main.tf
index 1..2 100644
--- a/infra/main.tf
+++ b/infra/main.tf
@@ -3,0 +4,2 @@ resource "a" "b" {
+  x = 1
+  y = 2
@@ -10 +12 @@
-  z = 1
+  z = 2
@@ -20,3 +22,0 @@
-gone
-gone
-gone
diff --git a/old.tf b/old.tf
deleted file mode 100644
--- a/old.tf
+++ /dev/null
@@ -1,2 +0,0 @@
-a
-b
diff --git "a/sp ace\tx.yaml" "b/sp ace\tx.yaml"
new file mode 100644
--- /dev/null
+++ "b/sp ace\tx.yaml"
@@ -0,0 +1,3 @@
+++ not a header: an added line that starts with ++
+b
+c
`
	got, err := ParseDiff(strings.NewReader(diff))
	require.NoError(t, err)
	assert.Equal(t, ChangedLines{
		"infra/main.tf":  {{4, 5}, {12, 12}},
		"sp ace\tx.yaml": {{1, 3}},
	}, got)
	assert.True(t, got.Overlaps("infra/main.tf", 1, 4))
	assert.False(t, got.Overlaps("infra/main.tf", 6, 11))
	assert.False(t, got.Overlaps("other.tf", 1, 100))

	_, err = ParseDiff(strings.NewReader("+++ b/x\n@@ -1 +a @@\n"))
	assert.ErrorContains(t, err, "bad hunk header")
}

// TestDedupeStage: findings that say the same thing in the same place
// (a base built by two overlays) are reported once; any difference keeps
// both.
func TestDedupeStage(t *testing.T) {
	t.Parallel()
	a := finding("R-D-001", "base/pod.yaml", 4, "v1/Pod//p")
	other := a
	other.Message = "another message"
	related := a
	related.Related = []parser.Range{{File: "overlays/prod/patch.yaml", Start: parser.Pos{Line: 2, Column: 1}}}
	moved := finding("R-D-001", "base/pod.yaml", 5, "v1/Pod//p")
	got, _ := dedupeStage().run([]policies.Finding{a, a, other, related, related, moved, a})
	assert.Equal(t, []policies.Finding{a, other, related, moved}, got)
}
