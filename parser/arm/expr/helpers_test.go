package expr

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// testSource returns the lower-cased text of this package's tests, so a
// test can check that every standard function is called somewhere.
func testSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("expr_test.go")
	require.NoError(t, err)
	return strings.ToLower(string(b))
}
