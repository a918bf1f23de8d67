package kubernetes

import (
	"context"
	"os"
	"sort"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

const regoLib = "../../policies/lib/kubernetes.rego"

// TestPodSpecPathEveryWorkload reads one manifest of every workload kind and
// checks that the pod spec path leads to its containers, whose image
// ranges are on the expected lines.
func TestPodSpecPathEveryWorkload(t *testing.T) {
	t.Parallel()
	m := read(t, "testdata/workloads.yaml")
	require.Empty(t, m.diags)
	tests := []struct {
		typ       string
		path      string
		imageLine int
	}{
		{"Pod", "spec", 7},
		{"apps/Deployment", "spec.template.spec", 22},
		{"apps/ReplicaSet", "spec.template.spec", 37},
		{"apps/StatefulSet", "spec.template.spec", 52},
		{"apps/DaemonSet", "spec.template.spec", 67},
		{"batch/Job", "spec.template.spec", 82},
		{"ReplicationController", "spec.template.spec", 97},
		{"apps/Deployment", "spec.template.spec", 112}, // extensions/v1beta1
		{"batch/CronJob", "spec.jobTemplate.spec.template.spec", 128},
		{"PodTemplate", "template.spec", 141},
	}
	require.Len(t, m.resources, len(tests))
	for i, tc := range tests {
		r := m.resources[i]
		assert.Equal(t, tc.typ, r.Type)
		p, ok := PodSpecPath(r.Type)
		require.True(t, ok, r.Type)
		assert.Equal(t, tc.path, p.String())
		spec, ok := lookup(r.Properties, p)
		require.True(t, ok, "%s: no pod spec at %s", r.ID, p)
		assert.Contains(t, spec, "containers")
		image := append(p, "containers", 0, "image")
		assert.Equal(t, tc.imageLine, r.Locate(image).Start.Line, r.ID)
		md, ok := PodMetadataPath(r.Type)
		require.True(t, ok)
		assert.Equal(t, "metadata", md[len(md)-1])
		assert.Equal(t, p[:len(p)-1], md[:len(md)-1])
	}
	_, ok := PodSpecPath("Service")
	assert.False(t, ok)
	_, ok = PodMetadataPath("Service")
	assert.False(t, ok)
}

// TestRegoPodModelMatchesGo keeps policies/lib/kubernetes.rego and
// podSpecPaths equal, and checks the containers helper on every workload.
func TestRegoPodModelMatchesGo(t *testing.T) {
	t.Parallel()
	module, err := os.ReadFile(regoLib)
	require.NoError(t, err)
	ctx := context.Background()

	table, err := rego.New(rego.Query("data.posture.lib.kubernetes.pod_spec_paths"),
		rego.Module("kubernetes.rego", string(module))).Eval(ctx)
	require.NoError(t, err)
	require.Len(t, table, 1)
	got := map[string]string{}
	for typ, p := range table[0].Expressions[0].Value.(map[string]any) {
		got[typ] = pathOf(t, p.([]any)).String()
	}
	want := map[string]string{}
	for typ, p := range podSpecPaths {
		want[typ] = p.String()
	}
	assert.Equal(t, want, got)

	query, err := rego.New(rego.Query(`x := {
		"spec_path": data.posture.lib.kubernetes.pod_spec_path,
		"metadata_path": data.posture.lib.kubernetes.pod_metadata_path,
		"containers": [c | some c in data.posture.lib.kubernetes.containers],
	}`), rego.Module("kubernetes.rego", string(module))).PrepareForEval(ctx)
	require.NoError(t, err)
	m := read(t, "testdata/workloads.yaml")
	for _, r := range m.resources {
		rs, err := query.Eval(ctx, rego.EvalInput(map[string]any{"type": r.Type, "resource": r.Properties}))
		require.NoError(t, err)
		require.Len(t, rs, 1, r.ID)
		out := rs[0].Bindings["x"].(map[string]any)
		specPath, _ := PodSpecPath(r.Type)
		mdPath, _ := PodMetadataPath(r.Type)
		assert.Equal(t, specPath.String(), pathOf(t, out["spec_path"].([]any)).String())
		assert.Equal(t, mdPath.String(), pathOf(t, out["metadata_path"].([]any)).String())
		var paths []string
		for _, c := range out["containers"].([]any) {
			c := c.(map[string]any)
			p := pathOf(t, c["path"].([]any))
			paths = append(paths, p.String())
			v, ok := lookup(r.Properties, p)
			require.True(t, ok)
			assert.Equal(t, v.(map[string]any)["name"], c["container"].(map[string]any)["name"])
		}
		sort.Strings(paths)
		assert.Equal(t, []string{specPath.String() + ".containers[0]", specPath.String() + ".initContainers[0]"}, paths, r.ID)
	}

	// Kinds without pods have no pod spec and no containers.
	rs, err := query.Eval(ctx, rego.EvalInput(map[string]any{"type": "Service", "resource": map[string]any{"spec": map[string]any{}}}))
	require.NoError(t, err)
	assert.Empty(t, rs)
}

// pathOf turns a Rego path array (numbers arrive as json.Number) into a
// parser.Path.
func pathOf(t *testing.T, a []any) parser.Path {
	t.Helper()
	p := make(parser.Path, 0, len(a))
	for _, el := range a {
		switch v := el.(type) {
		case string:
			p = append(p, v)
		case interface{ Int64() (int64, error) }:
			n, err := v.Int64()
			require.NoError(t, err)
			p = append(p, int(n))
		default:
			t.Fatalf("unexpected path element %T", el)
		}
	}
	return p
}
