package kubernetes

import (
	"fmt"
	"io"
	"os"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// TestKustomizeOverlay builds an overlay that patches a base. The base is
// scanned through the overlay, as it is deployed, not a second time on its
// own: values the patch set point at the patch, the others at the base.
func TestKustomizeOverlay(t *testing.T) {
	t.Parallel()
	res := scan(t, nil, "testdata/kustomize", Options{})
	require.Empty(t, res.Diagnostics)
	require.Len(t, res.Resources, 1)
	prod := res.Resources[0]
	assert.Equal(t, "overlays/prod/kustomization.yaml", prod.Meta["kustomization"])
	assert.Equal(t, "apps/v1/Deployment/prod/api", prod.ID)
	checkKustomized(t, prod, []kustomized{
		{"spec.replicas", "overlays/prod/replicas.yaml", span{6, 13, 6, 14}, int64(5)},
		{"spec.template.spec.containers[0].image", "base/deployment.yaml", span{11, 18, 11, 25}, "api:1.0"},
		{"spec.template.spec.containers[0].securityContext.privileged", "base/deployment.yaml", span{13, 25, 13, 29}, true},
		// Set by the kustomization's namespace field: the nearest place the
		// declaring file has.
		{"metadata.namespace", "base/deployment.yaml", span{3, 1, 4, 12}, "prod"},
	})
	// The origin annotation posture asked for does not reach policies.
	_, ok := lookup(prod.Properties, parser.Path{"metadata", "annotations"})
	assert.False(t, ok)
	assert.Equal(t, span{2, 7, 2, 17}, spanOf(prod.Header))
}

// TestKustomizeBaseAlone: a base whose overlays are not in the scan is
// built on its own.
func TestKustomizeBaseAlone(t *testing.T) {
	t.Parallel()
	res := scan(t, nil, "testdata/kustomize/base", Options{})
	require.Empty(t, res.Diagnostics)
	require.Len(t, res.Resources, 1)
	base := res.Resources[0]
	assert.Equal(t, "kustomization.yaml", base.Meta["kustomization"])
	assert.Equal(t, "apps/v1/Deployment//api", base.ID)
	checkKustomized(t, base, []kustomized{
		{"spec.replicas", "deployment.yaml", span{6, 13, 6, 14}, int64(1)},
		{"spec.template.spec.containers[0].securityContext.privileged", "deployment.yaml", span{13, 25, 13, 29}, true},
	})
}

// TestKustomizeBrokenOverlayKeepsItsBase: when the only overlay of a base
// cannot be built, the base is still decoded, so nothing is lost.
func TestKustomizeBrokenOverlayKeepsItsBase(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"base/kustomization.yaml": {Data: []byte("resources:\n  - pod.yaml\n")},
		"base/pod.yaml":           {Data: []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n")},
		"prod/kustomization.yaml": {Data: []byte("resources:\n  - ../base\n  - missing.yaml\n")},
	}
	res := scan(t, fsys, "", Options{})
	require.Len(t, res.Resources, 1)
	assert.Equal(t, "v1/Pod//p", res.Resources[0].ID)
	assert.Equal(t, "base/pod.yaml", res.Resources[0].Range.File)
	checkDiags(t, res.Diagnostics, []wantDiag{
		{parser.DiagWarning, span{1, 1, 1, 1}, "cannot build the kustomization"},
	})
}

type kustomized struct {
	path  string
	file  string
	at    span
	value any
}

func checkKustomized(t *testing.T, r parser.Resource, tests []kustomized) {
	t.Helper()
	for _, tc := range tests {
		p, err := parser.ParsePath(tc.path)
		require.NoError(t, err)
		rg := r.Locate(p)
		assert.Equal(t, tc.file, rg.File, tc.path)
		assert.Equal(t, tc.at, spanOf(rg), tc.path)
		v, _ := lookup(r.Properties, p)
		assert.Equal(t, tc.value, v, tc.path)
	}
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
		{parser.DiagWarning, span{2, 5, 2, 31}, "remote base not fetched"},
	})
}

// TestKustomizeDeprecationsAreQuiet: Kustomize's own warnings about
// deprecated fields do not reach stderr; anything else written there does.
func TestKustomizeDeprecationsAreQuiet(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	saved := os.Stderr
	os.Stderr = w
	fsys := fstest.MapFS{
		"base/kustomization.yaml": {Data: []byte("resources:\n  - pod.yaml\n")},
		"base/pod.yaml":           {Data: []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n")},
		"prod/kustomization.yaml": {Data: []byte("bases:\n  - ../base\ncommonLabels: {team: ai}\n")},
	}
	res := scan(t, fsys, "", Options{})
	release := quietKustomize()
	fmt.Fprintln(os.Stderr, "# Warning: 'bases' is deprecated. Please use 'resources' instead. Run 'kustomize edit fix'.")
	fmt.Fprintln(os.Stderr, "something else")
	release()
	os.Stderr = saved
	require.NoError(t, w.Close())
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, "something else\n", string(out))
	require.Len(t, res.Resources, 1)
	assert.Equal(t, "ai", res.Resources[0].Properties["metadata"].(map[string]any)["labels"].(map[string]any)["team"])
}

// TestKustomizeUnlistedManifest: a manifest beside a kustomization that no
// kustomization names is not deployed by `kubectl apply -k`, but it is
// applied some other way: it is read on its own, with a note, rather than
// dropped. The patch the kustomization names is not read as a manifest.
func TestKustomizeUnlistedManifest(t *testing.T) {
	t.Parallel()
	deployment := func(name string) []byte {
		return fmt.Appendf(nil, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: app:1\n", name)
	}
	fsys := fstest.MapFS{
		"app/kustomization.yaml":   {Data: []byte("resources:\n  - api.yaml\npatches:\n  - path: replicas.yaml\n")},
		"app/api.yaml":             {Data: deployment("api")},
		"app/loadgenerator.yaml":   {Data: deployment("loadgenerator")},
		"app/replicas.yaml":        {Data: []byte("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n")},
		"other/kustomization.yaml": {Data: []byte("resources:\n  - api.yaml\n")},
		"other/api.yaml":           {Data: deployment("other")},
	}
	res := scan(t, fsys, "", Options{})
	var ids []string
	for _, r := range res.Resources {
		ids = append(ids, r.ID)
	}
	assert.ElementsMatch(t, []string{"apps/v1/Deployment//api", "apps/v1/Deployment//loadgenerator", "apps/v1/Deployment//other"}, ids)
	require.Len(t, res.Diagnostics, 1)
	d := res.Diagnostics[0]
	assert.Equal(t, "app/loadgenerator.yaml", d.Range.File)
	assert.Equal(t, parser.DiagNote, d.Severity)
	assert.Contains(t, d.Message, "kustomization.yaml beside it does not list this file")
}

// Kustomize's errors name files of its in-memory copy, rooted at "/": the
// diagnostic names them as the scan does.
func TestKustomizeErrorPathsInTree(t *testing.T) {
	tests := []struct{ in, want string }{
		{"'/app/kustomize-config.yaml' doesn't exist", "'app/kustomize-config.yaml' doesn't exist"},
		{"failed to get the patch file from path(/app/p.yaml)", "failed to get the patch file from path(app/p.yaml)"},
		{"file '/app/p.yaml' is not in or below '/prod'", "file 'app/p.yaml' is not in or below 'prod'"},
		{"no path here", "no path here"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, inTree(tt.in))
	}
}
