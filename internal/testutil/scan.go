package testutil

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// ScenarioRules are the rules the output tests run, so the golden files do
// not change each time a policy is added to the catalogue.
var ScenarioRules = []string{"AZ-AI-003", "AZ-ST-002", "K8S-POD-001", "K8S-IMG-001"}

// ScanScenario scans dir (relative to the test's working directory) with
// ScenarioRules and a fixed version, and zeroes the duration, so output
// renders identically on every run.
func ScanScenario(t *testing.T, dir string) *result.Report {
	t.Helper()
	rep, err := scan.Run(context.Background(), scan.Options{
		Version: "0.1.0-test",
		Paths:   []string{"."},
		WorkDir: dir,
		Policy:  policies.Options{Only: ScenarioRules},
	})
	require.NoError(t, err)
	rep.Stats.Duration = 0
	return rep
}
