package score_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/score"
)

func TestWriteMarkdown(t *testing.T) {
	rep, sm := scanFixture(t)
	res := score.Compute(rep, sm, score.Options{})
	var b bytes.Buffer
	require.NoError(t, score.WriteMarkdown(&b, res, nil, 3))
	md := b.String()
	assert.Contains(t, md, "**44 / 100** (9.3 of 24 control points).")
	assert.Contains(t, md, "| Secure management ports | 8 | 0.00 | 0 | 1 | 0 |")
	assert.Contains(t, md, "1. `AZ-NET-001` SSH (22) not open from the internet — critical, +26.7 points, 1 resource")
	assert.NotContains(t, md, "4. `", "top 3")
	assert.Contains(t, md, "**Attack path (critical):** Internet-reachable model endpoint that accepts keys")

	b.Reset()
	d := &score.Diff{Ref: "main", Base: 82, BaseApplicable: true, Head: 77, HeadApplicable: true, Added: []score.FindingRef{{RuleID: "AZ-AI-001"}}}
	require.NoError(t, score.WriteMarkdown(&b, res, d, 3))
	assert.Contains(t, b.String(), "**This change lowers the posture score from 82 to 77** (1 finding added, 0 findings removed).")
}

func TestDiffSentence(t *testing.T) {
	tests := []struct {
		base, head float64
		want       string
	}{
		{82, 77, "this change lowers the posture score from 82 to 77"},
		{70, 75.2, "this change raises the posture score from 70 to 75"},
		{82.4, 82.1, "this change lowers the posture score from 82.4 to 82.1"},
		{50, 50, "this change does not move the posture score (50)"},
	}
	for _, tc := range tests {
		d := score.Diff{Base: tc.base, Head: tc.head, BaseApplicable: true, HeadApplicable: true}
		assert.Equal(t, tc.want, d.Sentence())
	}
}

// TestWriteMarkdownBounded: a scan of many alike resources has an attack
// path per resource; the section lists the top ones, to fit a comment.
func TestWriteMarkdownBounded(t *testing.T) {
	res := &score.Result{}
	for i := 0; i < 2000; i++ {
		res.AttackPaths = append(res.AttackPaths, score.AttackPathHit{Title: "Public model endpoint", Severity: "critical",
			Rules: []string{"AZ-AI-001"}, Resource: score.ResourceRef{ID: "Microsoft.CognitiveServices/accounts/a"}})
	}
	var b bytes.Buffer
	require.NoError(t, score.WriteMarkdown(&b, res, nil, 5))
	assert.Equal(t, 5, strings.Count(b.String(), "**Attack path"))
	assert.Contains(t, b.String(), "_1995 more attack paths not shown: `posture score` lists them all._")
}
