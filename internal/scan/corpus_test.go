package scan

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// The whole shared corpus, scanned once with the full catalogue and
// --show-unknown, for the tests that check properties of every finding and
// diagnostic on real repositories.
var (
	corpusOnce   sync.Once
	corpusReport *result.Report
	corpusErr    error
)

// scannedCorpus returns the report of the whole corpus, or skips when the
// corpus is not beside the repository.
func scannedCorpus(t *testing.T) *result.Report {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "corpus"))
	require.NoError(t, err)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not found at %s", dir)
	}
	corpusOnce.Do(func() {
		corpusReport, corpusErr = Run(context.Background(), Options{Paths: []string{dir}, WorkDir: dir, Policy: policies.Options{ShowUnknown: true}})
	})
	require.NoError(t, corpusErr)
	return corpusReport
}

var policyFailure = regexp.MustCompile(`^policy [A-Z0-9-]+ \(.*\) failed on `)

// A policy must never fail on valid input: a failure leaves the resource
// unchecked by that rule. Every real manifest, template and module of the
// corpus is evaluated by every rule without an error.
func TestCorpusPoliciesNeverFail(t *testing.T) {
	rep := scannedCorpus(t)
	for _, d := range rep.Diagnostics {
		assert.NotRegexp(t, policyFailure, d.Message, "at %s", d.Range)
	}
}
