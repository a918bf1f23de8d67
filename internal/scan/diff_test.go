package scan

import (
	"strings"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A change that adds a line longer than any buffer (a minified file) is
// parsed: only the headers are kept.
func TestParseDiffLongLines(t *testing.T) {
	long := strings.Repeat("x", 20<<20)
	diff := "diff --git a/min.json b/min.json\n--- a/min.json\n+++ b/min.json\n@@ -1 +1,2 @@\n-{}\n+" + long + "\n+" + long +
		"\ndiff --git a/b.tf b/b.tf\n--- a/b.tf\n+++ b/b.tf\n@@ -3,0 +4 @@ resource \"x\" \"y\" {\n+  a = 1\n"
	got, err := ParseDiff(strings.NewReader(diff))
	require.NoError(t, err)
	assert.Equal(t, ChangedLines{"min.json": {{1, 2}}, "b.tf": {{4, 4}}}, got)

	// No newline at the end, a header cut at the limit.
	got, err = ParseDiff(strings.NewReader("+++ b/" + strings.Repeat("d/", maxDiffHeader) + "\n@@ -1 +1 @@"))
	require.NoError(t, err)
	assert.Len(t, got, 1)
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
