package scan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// covered summarises a directive for comparison: ids, reason, the lines it
// covers and the line it is written on.
type covered struct {
	IDs         []string
	First, Last int
	At          int
	Problem     bool
}

func summarize(ds []parser.Suppression) []covered {
	out := make([]covered, 0, len(ds))
	for _, d := range ds {
		out = append(out, covered{d.IDs, d.First, d.Last, d.Range.Start.Line, d.Problem != ""})
	}
	return out
}

func TestHCLDirectives(t *testing.T) {
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
			got := summarize(hclDirectives("main.tf", []byte(tc.src)))
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestYAMLDirectives(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []covered
	}{
		{"above the object", `# posture:ignore K8S-POD-001 reason="GPU driver"
apiVersion: v1
kind: Pod
metadata:
  name: p
`, []covered{{[]string{"K8S-POD-001"}, 2, 5, 1, false}}},
		{"above the object after a document marker", `---
# posture:ignore K8S-POD-001 reason="GPU driver"

apiVersion: v1
kind: Pod
---
kind: Pod
`, []covered{{[]string{"K8S-POD-001"}, 4, 5, 2, false}}},
		{"above an attribute", `apiVersion: v1
kind: Pod
spec:
  containers:
    - name: c
      # posture:ignore K8S-POD-001 reason="x" until=2030-01-01
      securityContext:
        privileged: true
      image: x
`, []covered{{[]string{"K8S-POD-001"}, 7, 8, 6, false}}},
		{"above a list item", `spec:
  containers:
    # posture:ignore K8S-IMG-001 reason="x"
    - name: c
      image: x:latest
    - name: d
`, []covered{{[]string{"K8S-IMG-001"}, 4, 5, 3, false}}},
		{"line comment", `spec:
  privileged: true # posture:ignore K8S-POD-001 reason="x"
`, []covered{{[]string{"K8S-POD-001"}, 2, 2, 2, false}}},
		{"inside a string is not a comment", `metadata:
  annotations:
    note: "# posture:ignore K8S-POD-001 reason=x"
    text: |
      # posture:ignore K8S-POD-001 reason="x"
`, []covered{}},
		{"not YAML", "a: [\n", []covered{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := summarize(yamlDirectives("deploy.yaml", []byte(tc.src)))
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestMetadataDirectives(t *testing.T) {
	t.Parallel()
	arm := parser.Resource{ID: "Microsoft.Storage/storageAccounts/st", Format: parser.ARM, Properties: map[string]any{
		"metadata": map[string]any{"posture": map[string]any{"ignore": []any{
			map[string]any{"id": "AZ-ST-001", "reason": "public datasets", "until": "2030-01-01"},
			map[string]any{"ids": []any{"AZ-ST-002", "AZ-ST-003"}, "reason": "x"},
			map[string]any{"id": "AZ-ST-004"},
			"AZ-ST-005",
		}}},
	}}
	ds := armDirectives(&arm)
	require.Len(t, ds, 4)
	assert.Equal(t, []string{"AZ-ST-001"}, ds[0].IDs)
	assert.Equal(t, "public datasets", ds[0].Reason)
	assert.Equal(t, "2030-01-01", ds[0].Until)
	assert.Equal(t, arm.ID, ds[0].Resource)
	assert.Empty(t, ds[0].Problem)
	assert.Equal(t, []string{"AZ-ST-002", "AZ-ST-003"}, ds[1].IDs)
	assert.Contains(t, ds[2].Problem, "has no reason")
	assert.Contains(t, ds[3].Problem, "must be an object")

	k8s := parser.Resource{ID: "apps/v1/Deployment/ns/d", Format: parser.KubernetesManifest, Properties: map[string]any{
		"metadata": map[string]any{"annotations": map[string]any{AnnotationIgnore: "K8S-POD-001 reason=\"GPU driver\"\n\nK8S-IMG-001 reason=\"pinned by digest upstream\" until=2030-01-01\n"}},
		"spec": map[string]any{"template": map[string]any{"metadata": map[string]any{"annotations": map[string]any{
			AnnotationIgnore: "K8S-POD-004",
		}}}},
	}}
	ds = annotationDirectives(&k8s)
	require.Len(t, ds, 3)
	assert.Equal(t, []string{"K8S-POD-001"}, ds[0].IDs)
	assert.Equal(t, "GPU driver", ds[0].Reason)
	assert.Equal(t, "2030-01-01", ds[1].Until)
	assert.Contains(t, ds[2].Problem, "has no reason")
	for _, d := range ds {
		assert.Equal(t, k8s.ID, d.Resource)
	}

	odd := parser.Resource{Format: parser.KubernetesManifest, Properties: map[string]any{"metadata": "x", "spec": []any{1}}}
	assert.Empty(t, annotationDirectives(&odd), "odd shapes are ignored, never a panic")
	oddARM := parser.Resource{Format: parser.ARM, Properties: map[string]any{"metadata": map[string]any{"posture": map[string]any{"ignore": "AZ"}}}}
	ds = armDirectives(&oddARM)
	require.Len(t, ds, 1)
	assert.Contains(t, ds[0].Problem, "must be a list")
}
