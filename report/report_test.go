package report_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/testutil"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
)

func TestTextGolden(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	tests := []struct {
		name   string
		opts   report.TextOptions
		golden string
	}{
		{"plain", report.TextOptions{Threshold: policies.Low}, "testdata/scan.txt"},
		{"threshold high", report.TextOptions{Threshold: policies.High}, "testdata/scan-high.txt"},
		{"color", report.TextOptions{Threshold: policies.Low, Color: true}, "testdata/scan-color.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, report.WriteText(&b, rep, tc.opts))
			testutil.Golden(t, tc.golden, b.Bytes())
		})
	}
}

func TestJSONGolden(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	var b bytes.Buffer
	require.NoError(t, report.WriteJSON(&b, rep, policies.Low, nil))
	testutil.Golden(t, "testdata/scan.json", b.Bytes())

	var decoded map[string]any
	require.NoError(t, json.Unmarshal(b.Bytes(), &decoded))
	assert.EqualValues(t, report.JSONVersion, decoded["version"])
	summary := decoded["summary"].(map[string]any)
	assert.EqualValues(t, 4, summary["findings"])
	assert.EqualValues(t, 1, summary["errors"], "the broken module is reported")
}

func TestSummarize(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	s := report.Summarize(rep, policies.High)
	assert.Equal(t, 4, s.Findings)
	assert.Equal(t, 3, s.Failing, "the medium latest-tag finding is below the threshold")
	assert.Equal(t, map[string]int{"critical": 1, "high": 2, "medium": 1, "low": 0}, s.BySeverity)
}
