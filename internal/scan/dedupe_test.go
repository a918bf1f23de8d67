package scan

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// TestDedupeStage: findings that say the same thing in the same place
// (a base built by two overlays) are reported once; any difference keeps
// both.
func TestDedupeStage(t *testing.T) {
	t.Parallel()
	a := finding("R-D-001", "base/pod.yaml", 4, "v1/Pod//p")
	other := a
	other.Message = "another message"
	related := a
	related.Related = []parser.Range{{File: "overlays/prod/patch.yaml", Start: parser.Pos{Line: 2, Column: 1}}}
	moved := finding("R-D-001", "base/pod.yaml", 5, "v1/Pod//p")
	got, _ := dedupeStage().run([]policies.Finding{a, a, other, related, related, moved, a})
	assert.Equal(t, []policies.Finding{a, other, related, moved}, got)
}
