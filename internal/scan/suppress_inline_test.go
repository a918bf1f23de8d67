package scan

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func TestInlineStage(t *testing.T) {
	t.Parallel()
	now := time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)
	at := func(line int) parser.Range {
		return parser.Range{File: "main.tf", Start: parser.Pos{Line: line, Column: 3}}
	}
	ds := []parser.Suppression{
		{IDs: []string{"AZ-AI-003"}, Reason: "keys rotated", File: "main.tf", First: 10, Last: 20, Range: at(9)},
		{IDs: []string{"AZ-AI-001"}, Reason: "old", Until: "2027-01-14", File: "main.tf", First: 10, Last: 20, Range: at(8)},
		{IDs: []string{"AZ-AI-002"}, File: "main.tf", First: 10, Last: 20, Range: at(7), Problem: "has no reason: add reason"},
		{IDs: []string{"AZ-AI-004", "NOT-RUN-001"}, Reason: "x", File: "main.tf", First: 30, Last: 30, Range: at(29)},
		{IDs: []string{"K8S-POD-001"}, Reason: "GPU", Until: "2027-01-15", Resource: "apps/v1/Deployment/ns/d", Range: parser.Range{File: "d.yaml", Start: parser.Pos{Line: 5, Column: 5}}},
	}
	fs := []policies.Finding{
		finding("AZ-AI-003", "main.tf", 12, "a"),
		finding("AZ-AI-003", "main.tf", 21, "a"),
		finding("AZ-AI-003", "other.tf", 12, "b"),
		finding("AZ-AI-001", "main.tf", 12, "a"),
		finding("AZ-AI-002", "main.tf", 12, "a"),
		finding("K8S-POD-001", "d.yaml", 40, "apps/v1/Deployment/ns/d"),
		finding("K8S-POD-001", "d.yaml", 80, "apps/v1/Deployment/ns/other"),
	}
	selected := map[string]bool{"AZ-AI-001": true, "AZ-AI-002": true, "AZ-AI-003": true, "AZ-AI-004": true, "K8S-POD-001": true}
	got, diags := inlineStage(ds, selected, now).run(fs)
	assert.Equal(t, []string{
		"AZ-AI-003@main.tf (inline)",
		"AZ-AI-003@main.tf",
		"AZ-AI-003@other.tf",
		"AZ-AI-001@main.tf",
		"AZ-AI-002@main.tf",
		"K8S-POD-001@d.yaml (inline)",
		"K8S-POD-001@d.yaml",
	}, ids(got))
	assert.Equal(t, "keys rotated", got[0].Suppression.Reason)
	assert.Equal(t, at(9), got[0].Suppression.Range)
	assert.Equal(t, "2027-01-15", got[5].Suppression.Until, "valid through its until day")
	assert.Nil(t, fs[0].Suppression, "the input is not modified")
	assert.Equal(t, []string{
		"warning main.tf:8:3 posture:ignore AZ-AI-001 expired on 2027-01-14 (reason: old); its findings are reported again: fix them or extend until=",
		"warning main.tf:7:3 posture:ignore has no reason: add reason; it suppresses nothing",
		"note main.tf:29:3 posture:ignore AZ-AI-004 matches no finding here; remove it if the problem is fixed",
	}, messages(diags), "NOT-RUN-001 did not run: no note about it")
}

// TestCollectInline: a resource's own suppressions come with it; the
// comments of a file count once, only when a resource is declared in it
// and the file is in scope.
func TestCollectInline(t *testing.T) {
	t.Parallel()
	own := parser.Suppression{IDs: []string{"K8S-POD-001"}, Resource: "v1/Pod/a"}
	comment := func(file string) parser.Suppression { return parser.Suppression{IDs: []string{"X"}, File: file} }
	resources := []parser.Resource{
		{ID: "v1/Pod/a", Range: parser.Range{File: "a.yaml"}, Suppressions: []parser.Suppression{own}},
		{ID: "v1/Pod/b", Range: parser.Range{File: "a.yaml"}},
		{ID: "v1/Pod/c", Range: parser.Range{File: "out.yaml"}},
	}
	found := []parser.Suppression{comment("a.yaml"), comment("out.yaml"), comment("empty.yaml")}
	got := collectInline(resources, found, func(name string) bool { return name != "out.yaml" })
	assert.Equal(t, []parser.Suppression{own, comment("a.yaml")}, got)
}
