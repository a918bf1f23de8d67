// Package testutil holds helpers shared by the tests of several packages.
package testutil

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Update rewrites golden files instead of comparing with them:
// go test ./... -update.
var Update = flag.Bool("update", false, "rewrite golden files with the current output")

// Golden compares got with the golden file at path (relative to the test's
// package directory), or rewrites the file with -update.
func Golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *Update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run the test with -update to create it")
	assert.Equal(t, string(want), string(got), "output differs from %s; if the change is intended, run the test with -update and review the diff", path)
}
