package kubernetes

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// TestKustomizeOverlay builds a base on its own and an overlay that patches
// it: values the patch set point at the patch, the others at the base.
func TestKustomizeOverlay(t *testing.T) {
	t.Parallel()
	res := scan(t, nil, "testdata/kustomize", Options{})
	require.Empty(t, res.Diagnostics)
	require.Len(t, res.Resources, 2)
	byKust := map[string]parser.Resource{}
	for _, r := range res.Resources {
		byKust[r.Meta["kustomization"]] = r
	}
	base, prod := byKust["base/kustomization.yaml"], byKust["overlays/prod/kustomization.yaml"]
	assert.Equal(t, "apps/v1/Deployment//api", base.ID)
	assert.Equal(t, "apps/v1/Deployment/prod/api", prod.ID)
	tests := []struct {
		r     parser.Resource
		path  string
		file  string
		at    span
		value any
	}{
		{base, "spec.replicas", "base/deployment.yaml", span{6, 13, 6, 14}, int64(1)},
		{base, "spec.template.spec.containers[0].securityContext.privileged", "base/deployment.yaml", span{13, 25, 13, 29}, true},
		{prod, "spec.replicas", "overlays/prod/replicas.yaml", span{6, 13, 6, 14}, int64(5)},
		{prod, "spec.template.spec.containers[0].image", "base/deployment.yaml", span{11, 18, 11, 25}, "api:1.0"},
		{prod, "spec.template.spec.containers[0].securityContext.privileged", "base/deployment.yaml", span{13, 25, 13, 29}, true},
		// Set by the kustomization's namespace field: the nearest place the
		// declaring file has.
		{prod, "metadata.namespace", "base/deployment.yaml", span{4, 3, 4, 12}, "prod"},
	}
	for _, tc := range tests {
		p, err := parser.ParsePath(tc.path)
		require.NoError(t, err)
		rg := tc.r.Locate(p)
		assert.Equal(t, tc.file, rg.File, tc.path)
		assert.Equal(t, tc.at, spanOf(rg), tc.path)
		v, _ := lookup(tc.r.Properties, p)
		assert.Equal(t, tc.value, v, tc.path)
	}
	// The origin annotation posture asked for does not reach policies.
	_, ok := lookup(prod.Properties, parser.Path{"metadata", "annotations"})
	assert.False(t, ok)
	assert.Equal(t, span{2, 7, 2, 17}, spanOf(prod.Header))
}

func TestKustomizeFallbacks(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"remote/kustomization.yaml": {Data: []byte("resources:\n  - https://example.com/x.yaml\n  - pod.yaml\n")},
		"remote/pod.yaml":           {Data: []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n")},
		"broken/kustomization.yaml": {Data: []byte("resources:\n  - missing.yaml\n")},
		"broken/cm.yaml":            {Data: []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")},
	}
	res := scan(t, fsys, "", Options{})
	var ids []string
	for _, r := range res.Resources {
		ids = append(ids, r.ID)
	}
	assert.ElementsMatch(t, []string{"v1/Pod//p", "v1/ConfigMap//c"}, ids, "files beside an unbuildable kustomization are read as they are")
	checkDiags(t, res.Diagnostics, []wantDiag{
		{parser.DiagWarning, span{1, 1, 1, 1}, "cannot build the kustomization"},
		{parser.DiagWarning, span{2, 5, 2, 31}, `remote base "https://example.com/x.yaml" is not fetched`},
	})
}
