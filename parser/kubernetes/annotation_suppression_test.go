package kubernetes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestAnnotationSuppressions(t *testing.T) {
	t.Parallel()
	k8s := parser.Resource{ID: "apps/v1/Deployment/ns/d", Format: parser.KubernetesManifest, Properties: map[string]any{
		"metadata": map[string]any{"annotations": map[string]any{annotationIgnore: "K8S-POD-001 reason=\"GPU driver\"\n\nK8S-IMG-001 reason=\"pinned by digest upstream\" until=2030-01-01\n"}},
		"spec": map[string]any{"template": map[string]any{"metadata": map[string]any{"annotations": map[string]any{
			annotationIgnore: "K8S-POD-004",
		}}}},
	}}
	ds := annotationSuppressions(&k8s)
	require.Len(t, ds, 3)
	assert.Equal(t, []string{"K8S-POD-001"}, ds[0].IDs)
	assert.Equal(t, "GPU driver", ds[0].Reason)
	assert.Equal(t, "2030-01-01", ds[1].Until)
	assert.Contains(t, ds[2].Problem, "has no reason")
	for _, d := range ds {
		assert.Equal(t, k8s.ID, d.Resource)
	}

	odd := parser.Resource{Format: parser.KubernetesManifest, Properties: map[string]any{"metadata": "x", "spec": []any{1}}}
	assert.Empty(t, annotationSuppressions(&odd), "odd shapes are ignored, never a panic")
}
