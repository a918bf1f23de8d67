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
	otherRule := finding("R-D-002", "base/pod.yaml", 4, "v1/Pod//p")

	tests := []struct {
		name    string
		in, out []policies.Finding
	}{
		{"the same finding twice", []policies.Finding{a, a}, []policies.Finding{a}},
		{"repeats apart keep the first place", []policies.Finding{a, moved, a}, []policies.Finding{a, moved}},
		{"another message", []policies.Finding{a, other}, []policies.Finding{a, other}},
		{"another related place", []policies.Finding{a, related, related}, []policies.Finding{a, related}},
		{"another line", []policies.Finding{a, moved}, []policies.Finding{a, moved}},
		{"another rule", []policies.Finding{a, otherRule}, []policies.Finding{a, otherRule}},
		{"none", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, diags := dedupeStage().run(tc.in)
			assert.Equal(t, tc.out, got)
			assert.Empty(t, diags)
		})
	}
}

func TestUniqueDiagnostics(t *testing.T) {
	at := func(line int) parser.Range {
		return parser.Range{File: "base/kustomization.yaml", Start: parser.Pos{Line: line, Column: 1}}
	}
	built := parser.Warnf(at(1), "cannot build the kustomization")
	other := parser.Warnf(at(2), "cannot build the kustomization")
	got := uniqueDiagnostics([]parser.Diagnostic{built, other, built, parser.Errorf(at(1), "cannot build the kustomization")})
	assert.Equal(t, []parser.Diagnostic{built, other, parser.Errorf(at(1), "cannot build the kustomization")}, got)
}
