package scan

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

func TestBaselineStage(t *testing.T) {
	t.Parallel()
	old := finding("AZ-ST-001", "main.tf", 3, "a")
	moved := old
	moved.Range.Start.Line = 30 // lines moved: still the same finding
	fresh := finding("AZ-ST-002", "main.tf", 3, "a")
	rep := &result.Report{Tool: "posture", Version: "1.0.0", Findings: []policies.Finding{old}}
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
			assert.True(t, strings.HasPrefix(err.Error(), "baseline b.json: "), err.Error())
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}
