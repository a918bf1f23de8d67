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

func scan(t *testing.T, fsys fstest.MapFS, dir string, opts Options) *parser.Result {
	t.Helper()
	var src *parser.Source
	if fsys != nil {
		src = parser.NewSource(fsys)
	} else {
		src = parser.NewSource(os.DirFS(dir))
	}
	res, err := parser.Parse(context.Background(), src, []string{"."}, []parser.Decoder{New(opts)})
	require.NoError(t, err)
	return res
}

// TestHelmChart renders a chart with a values file and a --set override, a
// subchart with a range loop, a partial, NOTES.txt and a missing
// dependency, and checks that ranges point into the templates.
func TestHelmChart(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		opts      Options
		replicas  int64
		privilged bool
	}{
		{"chart defaults", Options{}, 1, false},
		{"values file and --set", Options{HelmValues: []string{"prod-values.yaml"}, HelmSet: []string{"privileged=true"}}, 3, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := scan(t, nil, "testdata/helm", tc.opts)
			const tpl = "web/templates/deployment.yaml"
			const sub = "web/charts/sub/templates/configmap.yaml"
			checkResources(t, tpl, res.Resources[2:], []wantResource{{
				id: "apps/v1/Deployment//release-name-web", typ: "apps/Deployment", name: "release-name-web",
				whole: span{1, 1, 15, 49}, header: span{2, 7, 2, 17},
				ranges: map[string]span{
					"metadata.name": {4, 9, 4, 28},
					// Lines an include produced point at the line that asked for them.
					`metadata.labels["app.kubernetes.io/name"]`: {5, 3, 5, 3},
					"spec.replicas":                                               {8, 13, 8, 39},
					"spec.template.spec.containers[0].name":                       {12, 17, 12, 20},
					"spec.template.spec.containers[0].image":                      {13, 18, 13, 73},
					"spec.template.spec.containers[0].securityContext.privileged": {15, 25, 15, 49},
				},
				props: map[string]any{
					"spec.replicas": tc.replicas,
					"spec.template.spec.containers[0].securityContext.privileged": tc.privilged,
					"spec.template.spec.containers[0].image":                      "nginx:1.27",
					`metadata.labels["app.kubernetes.io/instance"]`:               "release-name",
				},
			}})
			checkResources(t, sub, res.Resources[:2], []wantResource{{
				id: "v1/ConfigMap//release-name-alpha", typ: "ConfigMap", name: "release-name-alpha",
				whole: span{3, 1, 8, 26}, header: span{4, 7, 4, 16},
				ranges: map[string]span{"metadata.name": {6, 9, 6, 38}, "data.value": {8, 10, 8, 26}},
				props:  map[string]any{"data.value": "1"},
			}, {
				id: "v1/ConfigMap//release-name-beta", typ: "ConfigMap", name: "release-name-beta",
				whole: span{3, 1, 8, 26}, header: span{4, 7, 4, 16},
				ranges: map[string]span{"data.value": {8, 10, 8, 26}},
				props:  map[string]any{"data.value": "2"},
			}})
			for _, r := range res.Resources {
				assert.Equal(t, map[string]string{"helm_chart": "web", "helm_chart_dir": "web"}, r.Meta)
			}
			checkDiags(t, res.Diagnostics, []wantDiag{{parser.DiagNote, span{5, 11, 5, 16}, `Helm dependency "redis" (https://charts.example.com) is not in charts/`}})
			assert.Equal(t, 1, res.Units, "the chart, its subchart and templates are one unit")
		})
	}
}

// TestHelmMissingDependencies: a dependency that is not vendored is a
// note at its name in Chart.yaml, unless the values disable it, as Helm
// reads its condition and tags.
func TestHelmMissingDependencies(t *testing.T) {
	t.Parallel()
	chart := func(dep, values string) fstest.MapFS {
		return fstest.MapFS{
			"c/Chart.yaml":        {Data: []byte("apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n  - name: db\n    version: 1.0.0\n    repository: oci://registry.example.com/charts\n" + dep)},
			"c/values.yaml":       {Data: []byte(values)},
			"c/templates/cm.yaml": {Data: []byte("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n")},
		}
	}
	missing := []wantDiag{{parser.DiagNote, span{5, 11, 5, 13}, `Helm dependency "db" (oci://registry.example.com/charts) is not in charts/: its templates are not scanned`}}
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		opts  Options
		diags []wantDiag
	}{
		{"no condition", chart("", "x: 1\n"), Options{}, missing},
		{"condition false", chart("    condition: db.enabled\n", "db:\n  enabled: false\n"), Options{}, nil},
		{"condition true", chart("    condition: db.enabled\n", "db:\n  enabled: true\n"), Options{}, missing},
		{"condition set on the command line", chart("    condition: db.enabled\n", "db:\n  enabled: false\n"), Options{HelmSet: []string{"db.enabled=true"}}, missing},
		{"first boolean path of the condition", chart("    condition: global.db, db.enabled\n", "db:\n  enabled: false\n"), Options{}, nil},
		{"condition path without a value", chart("    condition: db.enabled\n", "x: 1\n"), Options{}, missing},
		{"tag false", chart("    tags: [storage]\n", "tags:\n  storage: false\n"), Options{}, nil},
		{"a tag true wins over a tag false", chart("    tags: [storage, extra]\n", "tags:\n  storage: false\n  extra: true\n"), Options{}, missing},
		{"condition wins over tags", chart("    condition: db.enabled\n    tags: [storage]\n", "db:\n  enabled: true\ntags:\n  storage: false\n"), Options{}, missing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := scan(t, tc.fsys, "", tc.opts)
			checkDiags(t, res.Diagnostics, tc.diags)
			require.Len(t, res.Resources, 1, "the chart's own templates are scanned")
		})
	}
}

func TestHelmErrors(t *testing.T) {
	t.Parallel()
	chart := func(tpl string) fstest.MapFS {
		return fstest.MapFS{
			"c/Chart.yaml":          {Data: []byte("apiVersion: v2\nname: c\nversion: 0.1.0\n")},
			"c/values.yaml":         {Data: []byte("name: x\n")},
			"c/templates/pod.yaml":  {Data: []byte(tpl)},
			"c/templates/_h.tpl":    {Data: []byte(`{{ define "x" }}y{{ end }}`)},
			"plain/apiVersion.yaml": {Data: []byte("apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n")},
		}
	}
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		opts  Options
		ids   []string
		diags []wantDiag
	}{{
		name:  "render error points at the template line",
		fsys:  chart("apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ required \"set name2\" .Values.name2 }}\n"),
		ids:   []string{"v1/Namespace//n"},
		diags: []wantDiag{{parser.DiagError, span{4, 11, 4, 11}, "set name2"}},
	}, {
		name:  "rendered output that is not valid YAML",
		fsys:  chart("apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n   bad: indent\n"),
		ids:   []string{"v1/Namespace//n"},
		diags: []wantDiag{{parser.DiagError, span{5, 4, 5, 15}, "in the rendered chart: invalid YAML"}},
	}, {
		name:  "bad --helm-set",
		fsys:  chart("apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n"),
		opts:  Options{HelmSet: []string{"a[=1"}},
		ids:   []string{"v1/Pod//x", "v1/Namespace//n"},
		diags: []wantDiag{{parser.DiagError, span{1, 1, 1, 1}, `cannot apply --helm-set "a[=1"`}},
	}, {
		name:  "missing values file",
		fsys:  chart("apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n"),
		opts:  Options{HelmValues: []string{"nope.yaml"}},
		ids:   []string{"v1/Pod//x", "v1/Namespace//n"},
		diags: []wantDiag{{parser.DiagError, span{0, 0, 0, 0}, "cannot read Helm values file"}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			res := scan(t, tc.fsys, "", tc.opts)
			checkIDs(t, res, tc.ids)
			checkDiags(t, res.Diagnostics, tc.diags)
		})
	}
}

// TestHelmIgnore: files the chart's .helmignore excludes are not part of
// the chart Helm renders, so posture does not render them either.
func TestHelmIgnore(t *testing.T) {
	t.Parallel()
	debugPod := []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: debug}\nspec: {hostNetwork: true}\n")
	fsys := fstest.MapFS{
		"c/Chart.yaml":               {Data: []byte("apiVersion: v2\nname: c\nversion: 0.1.0\n")},
		"c/.helmignore":              {Data: []byte("# dev only\ntemplates/debug-pod.yaml\nscratch/\n")},
		"c/templates/pod.yaml":       {Data: []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: app}\n")},
		"c/templates/debug-pod.yaml": {Data: debugPod},
		"c/templates/scratch/x.yaml": {Data: debugPod},
		"c/templates/.hidden.yaml":   {Data: debugPod}, // Helm's default rule
	}
	res := scan(t, fsys, "", Options{})
	checkIDs(t, res, []string{"v1/Pod//app"})
	assert.Empty(t, res.Diagnostics)
}

func checkIDs(t *testing.T, res *parser.Result, want []string) {
	t.Helper()
	var ids []string
	for _, r := range res.Resources {
		ids = append(ids, r.ID)
	}
	assert.ElementsMatch(t, want, ids)
}

// TestHelmTemplateNamedAlone: pre-commit passes only the template it
// touched; the template is rendered with its chart, not read as YAML.
func TestHelmTemplateNamedAlone(t *testing.T) {
	t.Parallel()
	src := parser.NewSource(os.DirFS("testdata/helm"))
	res, err := parser.Parse(context.Background(), src, []string{"web/templates/deployment.yaml"}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	for _, d := range res.Diagnostics {
		assert.NotContains(t, d.Message, "un-rendered", "rendered, not read as YAML: %s", d)
		assert.NotEqual(t, parser.DiagError, d.Severity, "%s", d)
	}
	require.NotEmpty(t, res.Resources)
	for _, r := range res.Resources {
		assert.Equal(t, "web", r.Meta["helm_chart_dir"], r.ID)
	}
}

// TestHelmReleaseNamespaceIsUnknown: a namespace taken from
// .Release.Namespace is decided at install time, so it is unknown, not
// "default".
func TestHelmReleaseNamespaceIsUnknown(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"app/Chart.yaml":          {Data: []byte("apiVersion: v2\nname: app\nversion: 0.1.0\n")},
		"app/templates/sa.yaml":   {Data: []byte("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  namespace: {{ .Release.Namespace }}\n")},
		"app/templates/role.yaml": {Data: []byte("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fixed\n  namespace: monitoring\n")},
	}
	res := scan(t, fsys, "", Options{})
	require.Len(t, res.Resources, 2)
	byName := map[string]parser.Resource{}
	for _, r := range res.Resources {
		byName[r.Name] = r
	}
	sa := byName["app"]
	assert.Equal(t, "v1/ServiceAccount//app", sa.ID)
	assert.True(t, sa.IsUnknown(parser.Path{"metadata", "namespace"}))
	_, has := sa.Properties["metadata"].(map[string]any)["namespace"]
	assert.False(t, has)
	assert.Equal(t, "v1/ConfigMap/monitoring/fixed", byName["fixed"].ID)
}
