package scan

import (
	"strings"
	"testing"

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
