package arm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestMetadataSuppressions(t *testing.T) {
	t.Parallel()
	arm := parser.Resource{ID: "Microsoft.Storage/storageAccounts/st", Format: parser.ARM, Properties: map[string]any{
		"metadata": map[string]any{"posture": map[string]any{"ignore": []any{
			map[string]any{"id": "AZ-ST-001", "reason": "public datasets", "until": "2030-01-01"},
			map[string]any{"ids": []any{"AZ-ST-002", "AZ-ST-003"}, "reason": "x"},
			map[string]any{"id": "AZ-ST-004"},
			"AZ-ST-005",
		}}},
	}}
	ds := metadataSuppressions(&arm)
	require.Len(t, ds, 4)
	assert.Equal(t, []string{"AZ-ST-001"}, ds[0].IDs)
	assert.Equal(t, "public datasets", ds[0].Reason)
	assert.Equal(t, "2030-01-01", ds[0].Until)
	assert.Equal(t, arm.ID, ds[0].Resource)
	assert.Empty(t, ds[0].Problem)
	assert.Equal(t, []string{"AZ-ST-002", "AZ-ST-003"}, ds[1].IDs)
	assert.Contains(t, ds[2].Problem, "has no reason")
	assert.Contains(t, ds[3].Problem, "must be an object")

	oddARM := parser.Resource{Format: parser.ARM, Properties: map[string]any{"metadata": map[string]any{"posture": map[string]any{"ignore": "AZ"}}}}
	ds = metadataSuppressions(&oddARM)
	require.Len(t, ds, 1)
	assert.Contains(t, ds[0].Problem, "must be a list")
}
