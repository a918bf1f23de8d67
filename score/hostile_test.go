package score_test

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/testutil/hostile"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/score"
)

// TestHostile renders the score of a scan with hostile names: resource ids
// and file names reach the recommendations and attack paths.
func TestHostile(t *testing.T) {
	rep := hostile.Scan(t)
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	sm, err := lib.ScoreModel()
	require.NoError(t, err)
	res := score.Compute(rep, sm, score.Options{})
	require.NotEmpty(t, res.Recommendations)

	var text bytes.Buffer
	require.NoError(t, score.WriteText(&text, res, score.TextOptions{}))
	hostile.AssertNoUnsafe(t, text.String())
	hostile.AssertNoWorkflowCommand(t, text.String(), false)
	assert.NotContains(t, text.String(), "##[")

	var md bytes.Buffer
	require.NoError(t, score.WriteMarkdown(&md, res, nil, 0))
	hostile.AssertNoUnsafe(t, md.String())
	hostile.AssertNoWorkflowCommand(t, md.String(), false)
	assert.NotRegexp(t, regexp.MustCompile(`(^|[^\\])<(img|details)`), md.String())
}
