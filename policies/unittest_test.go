package policies

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunTests(t *testing.T) {
	lib := builtinLibrary(t)
	results, err := lib.RunTests(context.Background(), "testdata/unittest/ok")
	require.NoError(t, err)
	got := map[string]bool{}
	for _, r := range results {
		got[r.Name] = r.Pass
		assert.Contains(t, r.Location, "versioning_test.rego:")
	}
	assert.Equal(t, map[string]bool{
		"acme.s3.versioning_test.test_suspended_is_denied": true,
		"acme.s3.versioning_test.test_enabled_passes":      true,
		"acme.s3.versioning_test.test_wrong_expectation":   false,
	}, got)

	_, err = lib.RunTests(context.Background(), "testdata/unittest/broken")
	assert.ErrorContains(t, err, "testdata/unittest/broken/bad.rego:4")
}
