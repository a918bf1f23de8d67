package terraform

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
)

// covered summarises a suppression for comparison: ids, the lines it
// covers, the line it is written on and whether it has a problem.
type covered struct {
	IDs         []string
	First, Last int
	At          int
	Problem     bool
}

func summarize(ss []parser.Suppression) []covered {
	out := make([]covered, 0, len(ss))
	for _, s := range ss {
		out = append(out, covered{s.IDs, s.First, s.Last, s.Range.Start.Line, s.Problem != ""})
	}
	return out
}

func TestSuppressions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []covered
	}{
		{"above a resource", `
# posture:ignore AZ-AI-003 reason="rotated keys, see runbook"
resource "azurerm_cognitive_account" "a" {
  local_auth_enabled = true
}
`, []covered{{[]string{"AZ-AI-003"}, 3, 5, 2, false}}},
		{"below other comments, above a module block", `
# The bastion's module.
# posture:ignore AWS-NET-001 reason="reachable by design"
module "ssh" {
  source = "example/ssh/aws"
}
`, []covered{{[]string{"AWS-NET-001"}, 4, 6, 3, false}}},
		{"slash comment above an attribute", `
resource "azurerm_cognitive_account" "a" {
  name = "x"
  // posture:ignore AZ-AI-003,AZ-AI-001 reason="x" until=2030-01-01
  local_auth_enabled = true
}
`, []covered{{[]string{"AZ-AI-003", "AZ-AI-001"}, 5, 5, 4, false}}},
		{"above a nested block", `
resource "azurerm_storage_account" "s" {
  # posture:ignore AZ-ST-004 reason="x"
  network_rules {
    default_action = "Allow"
  }
}
`, []covered{{[]string{"AZ-ST-004"}, 4, 6, 3, false}}},
		{"after code on the same line", `
resource "azurerm_cognitive_account" "a" {
  local_auth_enabled = true # posture:ignore AZ-AI-003 reason="x"
}
`, []covered{{[]string{"AZ-AI-003"}, 3, 3, 3, false}}},
		{"block comment and stacked comments", `
/* posture:ignore AZ-AI-003 reason="x" */
# another comment
resource "azurerm_cognitive_account" "a" {
}
`, []covered{{[]string{"AZ-AI-003"}, 4, 5, 2, false}}},
		{"inside a string is not a comment", `
resource "azurerm_cognitive_account" "a" {
  name = "# posture:ignore AZ-AI-003 reason=\"x\""
  description = <<EOT
# posture:ignore AZ-AI-003 reason="x"
EOT
  local_auth_enabled = true
}
`, []covered{}},
		{"without a reason", `
# posture:ignore AZ-AI-003
resource "azurerm_cognitive_account" "a" {}
`, []covered{{[]string{"AZ-AI-003"}, 3, 3, 2, true}}},
		{"at the end of the file", `
resource "azurerm_cognitive_account" "a" {}
# posture:ignore AZ-AI-003 reason="x"
`, []covered{{[]string{"AZ-AI-003"}, 0, 0, 3, true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := []byte(tc.src)
			f, _ := hclsyntax.ParseConfig(b, "main.tf", hcl.InitialPos)
			body, _ := f.Body.(*hclsyntax.Body)
			got := summarize(suppressions("main.tf", b, body))
			assert.Equal(t, tc.want, got)
		})
	}
}
