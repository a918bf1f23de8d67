package score_test

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/reporttest"
	"github.com/posture-dev/posture/score"
)

// TestHostile renders the score of a scan with hostile names: resource ids
// and file names reach the recommendations and attack paths.
func TestHostile(t *testing.T) {
	rep := reporttest.HostileScan(t)
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	sm, err := lib.ScoreModel()
	require.NoError(t, err)
	res := score.Compute(rep, sm, score.Options{})
	require.NotEmpty(t, res.Recommendations)

	var text bytes.Buffer
	require.NoError(t, score.WriteText(&text, res, score.TextOptions{}))
	reporttest.AssertNoUnsafe(t, text.String())
	reporttest.AssertNoWorkflowCommand(t, text.String(), false)
	assert.NotContains(t, text.String(), "##[")

	var md bytes.Buffer
	require.NoError(t, score.WriteMarkdown(&md, res, nil, 0))
	reporttest.AssertNoUnsafe(t, md.String())
	reporttest.AssertNoWorkflowCommand(t, md.String(), false)
	assert.NotRegexp(t, regexp.MustCompile(`(^|[^\\])<(img|details)`), md.String())
}
