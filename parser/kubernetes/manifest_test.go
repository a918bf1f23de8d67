package kubernetes

import (
	"context"
	"os"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// span is a range written as line:column pairs, the way tests state them.
type span struct{ l1, c1, l2, c2 int }

func spanOf(r parser.Range) span {
	return span{r.Start.Line, r.Start.Column, r.End.Line, r.End.Column}
}

// wantResource is what a test expects of one resource: identity, header,
// whole range, and the ranges of selected paths.
type wantResource struct {
	id, typ, name string
	whole, header span
	ranges        map[string]span
	props         map[string]any // selected path string → value
}

type wantDiag struct {
	sev  parser.DiagSeverity
	at   span
	text string // a fragment of the message
}

func read(t *testing.T, file string) *manifest {
	t.Helper()
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	return readManifest(file, b)
}

func checkResources(t *testing.T, file string, got []parser.Resource, want []wantResource) {
	t.Helper()
	require.Len(t, got, len(want))
	for i, w := range want {
		r := got[i]
		assert.Equal(t, w.id, r.ID)
		assert.Equal(t, w.typ, r.Type)
		assert.Equal(t, w.name, r.Name)
		assert.Equal(t, parser.Kubernetes, r.Provider)
		assert.Equal(t, parser.KubernetesManifest, r.Format)
		assert.Equal(t, file, r.Range.File)
		assert.Equal(t, w.whole, spanOf(r.Range), "%s: whole range", w.id)
		assert.Equal(t, w.header, spanOf(r.Header), "%s: header", w.id)
		for p, s := range w.ranges {
			rg, ok := r.Ranges[p]
			if assert.True(t, ok, "%s: no range for %s", w.id, p) {
				assert.Equal(t, s, spanOf(rg), "%s: range of %s", w.id, p)
				assert.Equal(t, file, rg.File)
			}
		}
		for p, v := range w.props {
			path, err := parser.ParsePath(p)
			require.NoError(t, err)
			got, ok := lookup(r.Properties, path)
			assert.True(t, ok, "%s: no value at %s", w.id, p)
			assert.Equal(t, v, got, "%s: value at %s", w.id, p)
		}
	}
}

func checkDiags(t *testing.T, got []parser.Diagnostic, want []wantDiag) {
	t.Helper()
	require.Len(t, got, len(want), "diagnostics: %v", got)
	for i, w := range want {
		assert.Equal(t, w.sev, got[i].Severity, got[i].Message)
		assert.Equal(t, w.at, spanOf(got[i].Range), got[i].Message)
		assert.Contains(t, got[i].Message, w.text)
	}
}

func TestReadManifest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		file      string
		resources []wantResource
		diags     []wantDiag
		documents int
	}{{
		name:      "multi-document file with an empty and a non-object document",
		file:      "testdata/multi.yaml",
		documents: 4,
		resources: []wantResource{{
			id: "apps/v1/Deployment/shop/web", typ: "apps/Deployment", name: "web",
			whole: span{2, 1, 24, 25}, header: span{3, 7, 3, 17},
			ranges: map[string]span{
				"metadata.namespace": {6, 14, 6, 18},
				`metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]`: {8, 47, 8, 62},
				"spec.replicas":                                               {10, 13, 10, 14},
				"spec.template.spec.containers[0].image":                      {15, 18, 15, 30},
				"spec.template.spec.containers[0].securityContext.privileged": {17, 25, 17, 29},
				"spec.template.spec.containers[0].args":                       {18, 17, 18, 33},
				"spec.template.spec.containers[0].args[1]":                    {18, 26, 18, 32},
				"spec.template.spec.containers[0].command[2]":                 {22, 15, 24, 25},
			},
			props: map[string]any{
				"spec.replicas": int64(2),
				"spec.template.spec.containers[0].securityContext.privileged": true,
				"spec.template.spec.containers[0].image":                      "nginx:1.27",
				"spec.template.spec.containers[0].args[1]":                    "8080",
				"spec.template.spec.containers[0].command[2]":                 "echo start\nexec nginx\n",
			},
		}, {
			id: "v1/Service//web", typ: "Service", name: "web",
			whole: span{31, 1, 37, 21}, header: span{32, 7, 32, 14},
			ranges: map[string]span{
				"metadata":                 {33, 11, 33, 22},
				"metadata.name":            {33, 18, 33, 21},
				"spec.ports[0]":            {36, 5, 37, 21},
				"spec.ports[0].targetPort": {37, 17, 37, 21},
			},
			props: map[string]any{"spec.ports[0].port": int64(80)},
		}},
	}, {
		name:      "List items are resources of their own, with ranges rooted at the item",
		file:      "testdata/list.yaml",
		documents: 1,
		resources: []wantResource{{
			id: "v1/ConfigMap/default/settings", typ: "ConfigMap", name: "settings",
			whole: span{4, 3, 10, 15}, header: span{5, 9, 5, 18},
			ranges: map[string]span{"metadata.namespace": {8, 16, 8, 23}, "data.mode": {10, 11, 10, 15}},
			props:  map[string]any{"metadata.namespace": "default"},
		}, {
			id: "rbac.authorization.k8s.io/v1/ClusterRole//reader", typ: "rbac.authorization.k8s.io/ClusterRole", name: "reader",
			whole: span{11, 3, 18, 19}, header: span{12, 9, 12, 20},
			ranges: map[string]span{"rules[0].verbs[0]": {18, 13, 18, 18}, "rules[0].apiGroups": {16, 16, 16, 21}},
			props:  map[string]any{"rules[0].resources[0]": "*"},
		}},
		diags: []wantDiag{{parser.DiagWarning, span{19, 3, 19, 3}, "item 2 of the List has no apiVersion"}},
	}, {
		name:      "JSON manifest with tab indentation",
		file:      "testdata/netpol.json",
		documents: 1,
		resources: []wantResource{{
			id: "networking.k8s.io/v1/NetworkPolicy/ml/deny-all", typ: "networking.k8s.io/NetworkPolicy", name: "deny-all",
			whole: span{1, 1, 9, 2}, header: span{3, 11, 3, 26},
			ranges: map[string]span{"metadata.namespace": {4, 49, 4, 53}, "spec.podSelector": {6, 17, 6, 19}, "spec.policyTypes[0]": {7, 18, 7, 27}},
			props:  map[string]any{"spec.podSelector": map[string]any{}},
		}},
	}, {
		name:      "anchors, aliases and merge keys: copied values point at their definition",
		file:      "testdata/anchors.yaml",
		documents: 1,
		resources: []wantResource{{
			id: "batch/v1/CronJob//nightly", typ: "batch/CronJob", name: "nightly",
			whole: span{1, 1, 23, 23}, header: span{2, 7, 2, 14},
			ranges: map[string]span{
				"metadata.labels": {5, 3, 7, 13},
				"spec.jobTemplate.spec.template.metadata.labels":                         {14, 19, 14, 26},
				"spec.jobTemplate.spec.template.metadata.labels.app":                     {6, 10, 6, 17},
				"spec.jobTemplate.spec.template.spec.containers[0]":                      {17, 13, 21, 33},
				"spec.jobTemplate.spec.template.spec.containers[1].name":                 {23, 19, 23, 23},
				"spec.jobTemplate.spec.template.spec.containers[1].image":                {19, 20, 19, 29},
				"spec.jobTemplate.spec.template.spec.containers[1].resources.limits.cpu": {21, 29, 21, 32},
				"spec.jobTemplate.spec.template.spec.containers[0].resources.limits":     {21, 23, 21, 33},
				"spec.schedule": {9, 13, 9, 24},
			},
			props: map[string]any{
				"spec.jobTemplate.spec.template.metadata.labels.tier":     "ml",
				"spec.jobTemplate.spec.template.spec.containers[1].name":  "eval",
				"spec.jobTemplate.spec.template.spec.containers[1].image": "trainer:2",
				"spec.jobTemplate.spec.template.spec.containers[0].name":  "train",
			},
		}},
	}, {
		name:      "columns count code points, not bytes",
		file:      "testdata/unicode.yaml",
		documents: 1,
		resources: []wantResource{{
			id: "v1/ConfigMap//grüße", typ: "ConfigMap", name: "grüße",
			whole: span{1, 1, 9, 12}, header: span{2, 7, 2, 16},
			ranges: map[string]span{
				"metadata.name":             {4, 9, 4, 14},
				"metadata.annotations.note": {6, 11, 6, 21},
				`data["ключ"]`:              {8, 9, 8, 17},
				"data.after":                {9, 10, 9, 12},
			},
		}},
	}, {
		name:      "invalid YAML: the broken document is a diagnostic at its line, the others load",
		file:      "testdata/invalid.yaml",
		documents: 3,
		resources: []wantResource{{
			id: "v1/ConfigMap//first", typ: "ConfigMap", name: "first",
			whole: span{1, 1, 4, 14}, header: span{2, 7, 2, 16},
		}, {
			id: "v1/ConfigMap//third", typ: "ConfigMap", name: "third",
			whole: span{12, 1, 15, 14}, header: span{13, 7, 13, 16},
		}},
		diags: []wantDiag{{parser.DiagError, span{10, 4, 10, 16}, "invalid YAML: mapping values are not allowed in this context"}},
	}, {
		name:      "template outside a chart says how to scan it",
		file:      "testdata/template.yaml",
		documents: 1,
		diags:     []wantDiag{{parser.DiagWarning, span{4, 9, 4, 39}, "scan the chart directory (the one with Chart.yaml)"}},
	}, {
		name:      "alias bomb is a diagnostic, not an out-of-memory",
		file:      "testdata/bomb.yaml",
		documents: 1,
		diags:     []wantDiag{{parser.DiagError, span{1, 1, 1, 1}, `alias expansion exceeds 101100 values`}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := read(t, tc.file)
			checkResources(t, tc.file, m.resources, tc.resources)
			checkDiags(t, m.diags, tc.diags)
			assert.Equal(t, tc.documents, m.documents)
		})
	}
}

func TestReadManifestInline(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		src   string
		ids   []string
		diags []wantDiag
	}{{
		name: "namespace absent stays absent; default stays default",
		src:  "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  namespace: default\n",
		ids:  []string{"v1/Pod//a", "v1/Pod/default/b"},
	}, {
		name: "not Kubernetes: workflow, compose file, Chart.yaml are skipped silently",
		src:  "name: CI\non: [push]\njobs: {}\n---\nservices:\n  web: {image: nginx}\n---\napiVersion: v2\nname: chart\nversion: 1.0.0\n",
	}, {
		name: "Kustomize configuration kinds are not cluster objects",
		src:  "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n",
	}, {
		name:  "kind that is not a string",
		src:   "apiVersion: v1\nkind:\n  x: 1\n",
		diags: []wantDiag{{parser.DiagWarning, span{2, 1, 3, 7}, "the object has kind set to a mapping"}},
	}, {
		name:  "binary content",
		src:   "apiVersion: v1\nkind: Pod\x00\x01\x02",
		diags: []wantDiag{{parser.DiagError, span{1, 1, 1, 15}, "invalid YAML: control characters are not allowed"}},
	}, {
		name:  "invalid UTF-8",
		src:   "apiVersion: v1\nkind: \xff\xfe\n",
		diags: []wantDiag{{parser.DiagError, span{1, 1, 1, 15}, "invalid YAML: invalid"}},
	}, {
		name:  "duplicate key",
		src:   "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n",
		ids:   []string{"v1/Pod//b"},
		diags: []wantDiag{{parser.DiagWarning, span{5, 3, 5, 7}, `duplicate key "name"`}},
	}, {
		name:  "template action parsed as a mapping key",
		src:   "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec: {{ .Values.spec }}\n",
		ids:   []string{"v1/Pod//a"},
		diags: []wantDiag{{parser.DiagWarning, span{5, 8, 5, 8}, "a mapping key must be a string, not a mapping"}},
	}, {
		name: "a second error after the first resumes at the next document",
		src:  "a: b: c\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: ok}\n---\n x:\ny\n",
		ids:  []string{"v1/Pod//ok"},
		diags: []wantDiag{
			{parser.DiagError, span{1, 1, 1, 8}, "mapping values are not allowed"},
			{parser.DiagError, span{7, 2, 7, 4}, "invalid YAML: did not find expected <document start>"},
		},
	}, {
		name: "extensions group is normalised",
		src:  "apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: old}\n---\napiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: ing}\n",
		ids:  []string{"extensions/v1beta1/Deployment//old", "extensions/v1beta1/Ingress//ing"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := readManifest("in.yaml", []byte(tc.src))
			var ids []string
			for _, r := range m.resources {
				ids = append(ids, r.ID)
			}
			assert.Equal(t, tc.ids, ids)
			checkDiags(t, m.diags, tc.diags)
		})
	}
}

func TestTypeOf(t *testing.T) {
	t.Parallel()
	tests := []struct{ apiVersion, kind, want string }{
		{"v1", "Pod", "Pod"},
		{"v1", "Service", "Service"},
		{"apps/v1", "Deployment", "apps/Deployment"},
		{"batch/v1", "CronJob", "batch/CronJob"},
		{"batch/v1beta1", "CronJob", "batch/CronJob"},
		{"rbac.authorization.k8s.io/v1", "ClusterRole", "rbac.authorization.k8s.io/ClusterRole"},
		{"networking.k8s.io/v1", "NetworkPolicy", "networking.k8s.io/NetworkPolicy"},
		{"extensions/v1beta1", "Deployment", "apps/Deployment"},
		{"extensions/v1beta1", "DaemonSet", "apps/DaemonSet"},
		{"extensions/v1beta1", "Ingress", "networking.k8s.io/Ingress"},
		{"extensions/v1beta1", "NetworkPolicy", "networking.k8s.io/NetworkPolicy"},
		{"extensions/v1beta1", "PodSecurityPolicy", "policy/PodSecurityPolicy"},
		{"monitoring.coreos.com/v1", "ServiceMonitor", "monitoring.coreos.com/ServiceMonitor"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, TypeOf(tc.apiVersion, tc.kind), "%s %s", tc.apiVersion, tc.kind)
	}
}

func TestMatch(t *testing.T) {
	t.Parallel()
	d := New(Options{})
	tests := []struct {
		name, file, content string
		want                bool
	}{
		{"yaml object", "a.yaml", "apiVersion: v1\nkind: Pod\n", true},
		{"yml object", "a.YML", "kind: Pod\napiVersion: v1\n", true},
		{"workflow", ".github/workflows/ci.yml", "on: push\njobs: {}\n", false},
		{"json manifest", "a.json", `{"kind": "Pod", "apiVersion": "v1", "metadata": {}}`, true},
		{"json list", "a.json", "{\n \"apiVersion\": \"v1\",\n \"items\": [],\n \"kind\": \"List\"\n}", true},
		{"ARM template", "azuredeploy.json", `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [{"apiVersion": "2023-01-01", "kind": "StorageV2"}]}`, false},
		{"ARM parameters", "p.json", `{"$schema": "x/deploymentParameters.json#", "parameters": {"kind": {"value": "a"}, "apiVersion": {"value": "b"}}}`, false},
		{"terraform plan", "plan.json", `{"format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {"kind": "x", "apiVersion": "y"}}`, false},
		{"json array", "a.json", `[{"apiVersion": "v1", "kind": "Pod"}]`, false},
		{"key text in a string value", "a.json", `{"name": "\"apiVersion\": \"kind\":"}`, false},
		{"other extension", "a.txt", "apiVersion: v1\nkind: Pod\n", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, d.Match(tc.file, []byte(tc.content)), tc.name)
	}
}

func TestDecodeThroughDriver(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"k8s/app.yaml":     {Data: []byte("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n")},
		"k8s/binary.yaml":  {Data: []byte("apiVersion: v1\nkind: Pod\x00")},
		"k8s/values.yaml":  {Data: []byte("replicaCount: 1\n")},
		"k8s/notes.txt":    {Data: []byte("apiVersion kind")},
		"deploy/main.json": {Data: []byte(`{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}`)},
	}
	res, err := parser.Parse(context.Background(), parser.NewSource(fsys), []string{"."}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	require.Len(t, res.Resources, 1)
	assert.Equal(t, "v1/Pod//p", res.Resources[0].ID)
	assert.Equal(t, 1, res.Files)
	require.Len(t, res.Diagnostics, 1)
	assert.Equal(t, "k8s/binary.yaml", res.Diagnostics[0].Range.File)
	assert.Contains(t, res.Diagnostics[0].Message, "binary content")
}

func TestPlaceholdersAreUnknown(t *testing.T) {
	t.Parallel()
	src := "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${JOB_NAME:-train}\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: ${IMAGE_URI}\n        args: [\"--out\", \"${OUT}\"]\n        command: [\"sh\"]\n"
	m := readManifest("job.yaml", []byte(src))
	require.Len(t, m.resources, 1)
	r := m.resources[0]
	// The name only names the object; the image is known once rendered.
	assert.Equal(t, "${JOB_NAME:-train}", r.Name)
	c := r.Properties["spec"].(map[string]any)["template"].(map[string]any)["spec"].(map[string]any)["containers"].([]any)[0].(map[string]any)
	assert.NotContains(t, c, "image")
	assert.Equal(t, "sh", c["command"].([]any)[0])
	got := map[string]bool{}
	for _, p := range r.Unknown {
		got[p.String()] = true
	}
	// Arguments are left as written: ${OUT} is often the shell's.
	assert.Equal(t, map[string]bool{"spec.template.spec.containers[0].image": true}, got)
	assert.Equal(t, "${OUT}", c["args"].([]any)[1])
	_, has := r.Ranges["spec.template.spec.containers[0].image"]
	assert.False(t, has)
}
