package docgen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/testutil"
	"github.com/posture-dev/posture/policies"
)

const docsDir = "../../docs/policies"

// TestDocsUpToDate fails when docs/policies does not match the policies'
// metadata and fixtures; run with -update to regenerate.
func TestDocsUpToDate(t *testing.T) {
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	pages, err := Generate(lib, "../../policies")
	require.NoError(t, err)
	for name, content := range pages {
		testutil.Golden(t, filepath.Join(docsDir, name), []byte(content))
	}
	entries, err := os.ReadDir(docsDir)
	require.NoError(t, err)
	for _, e := range entries {
		if _, ok := pages[e.Name()]; !ok {
			if *testutil.Update {
				require.NoError(t, os.Remove(filepath.Join(docsDir, e.Name())))
				continue
			}
			assert.Fail(t, "stale page", "%s has no policy; run go test ./internal/docgen -update", e.Name())
		}
	}
}
