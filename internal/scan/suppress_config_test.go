package scan

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func TestConfigStage(t *testing.T) {
	t.Parallel()
	now := time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)
	src := func(line int) parser.Range {
		return parser.Range{File: ".posture.yaml", Start: parser.Pos{Line: line, Column: 5}}
	}
	ignores := []Ignore{
		{Rules: []string{"AZ-ST"}, Paths: []string{"legacy/**"}, Reason: "legacy, being retired", Source: src(3)},
		{Resources: []string{"azurerm_storage_account.logs[*]"}, Reason: "log sink", Until: "2027-06-30", Source: src(6)},
		{Rules: []string{"AZ-AI-003"}, Paths: []string{"*.tf"}, Reason: "old", Until: "2027-01-01", Source: src(9)},
		{Rules: []string{"AZ-AI-004"}, Source: src(12)},
		{Reason: "everything", Source: src(15)},
	}
	fs := []policies.Finding{
		finding("AZ-ST-001", "infra/legacy/a/main.tf", 1, "azurerm_storage_account.old"),
		finding("AZ-ST-001", "infra/new/main.tf", 1, "azurerm_storage_account.new"),
		finding("AZ-AI-001", "infra/legacy/main.tf", 1, "azurerm_cognitive_account.a"),
		finding("AZ-ST-002", "infra/new/main.tf", 1, "azurerm_storage_account.logs[0]"),
		finding("AZ-AI-003", "infra/main.tf", 1, "azurerm_cognitive_account.a"),
		finding("AZ-AI-004", "infra/main.tf", 1, "azurerm_cognitive_account.a"),
	}
	rel := func(dir, file string) string { return strings.TrimPrefix(file, dir+"/") }
	ignores[0].Dir = "infra"
	ignores[2].Dir = "infra"
	got, diags := configStage(ignores, rel, now).run(fs)
	assert.Equal(t, []string{
		"AZ-ST-001@infra/legacy/a/main.tf (config)",
		"AZ-ST-001@infra/new/main.tf",
		"AZ-AI-001@infra/legacy/main.tf",
		"AZ-ST-002@infra/new/main.tf (config)",
		"AZ-AI-003@infra/main.tf",
		"AZ-AI-004@infra/main.tf",
	}, ids(got))
	assert.Equal(t, "legacy, being retired", got[0].Suppression.Reason)
	assert.Equal(t, src(3), got[0].Suppression.Range)
	assert.Equal(t, []string{
		"warning .posture.yaml:9:5 ignore entry expired on 2027-01-01 (reason: old); its findings are reported again: fix them or extend until",
		"warning .posture.yaml:12:5 ignore entry has no reason: add reason=\"why this is accepted\"; it suppresses nothing",
		"warning .posture.yaml:15:5 ignore entry sets none of rule, path, resource; it suppresses nothing (an entry cannot silence every finding)",
	}, messages(diags))
}

func TestPathGlob(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"legacy/**", "legacy/a/b/main.tf", true},
		{"legacy", "legacy/main.tf", true},
		{"legacy", "legacy2/main.tf", false},
		{"**/*.yaml", "k8s/base/deploy.yaml", true},
		{"**/*.yaml", "deploy.yaml", true},
		{"*.tf", "main.tf", true},
		{"*.tf", "sub/main.tf", false},
		{"modules/?/main.tf", "modules/a/main.tf", true},
		{"./infra/main.tf", "infra/main.tf", true},
		{"a[0].tf", "a[0].tf", true},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, pathGlob(tc.pattern).MatchString(tc.path), "%s ~ %s", tc.pattern, tc.path)
	}
	assert.True(t, wildcard("module.ai[*].azurerm_*").MatchString(`module.ai["east"].azurerm_storage_account.s`))
	assert.False(t, wildcard("azurerm_storage_account.s").MatchString("azurerm_storage_account.s2"))
}
