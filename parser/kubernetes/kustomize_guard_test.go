package kubernetes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

const kpod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x}]}\n"

// TestKustomizeRunsNothing builds kustomizations that name remote bases,
// remote files, Helm charts and exec functions in every place Kustomize
// reads them, with programs named git, ssh, helm and kustomize first on
// PATH that leave a mark when run. None may run, and each reference is a
// diagnostic on the line that names it.
func TestKustomizeRunsNothing(t *testing.T) {
	bin := t.TempDir()
	marker := filepath.Join(t.TempDir(), "ran")
	for _, prog := range []string{"git", "ssh", "helm", "helmV3", "kustomize", "curl", "fn"} {
		script := "#!/bin/sh\necho " + prog + " \"$@\" >> " + marker + "\nexit 1\n"
		require.NoError(t, os.WriteFile(filepath.Join(bin, prog), []byte(script), 0o755))
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("GIT_SSH_COMMAND", filepath.Join(bin, "ssh"))

	remotes := []string{
		"git::github.com/org/repo",
		"GitHub.com/org/repo",
		"github.com/org/repo//deploy?ref=v1",
		"github.com:org/repo",
		"deploy@gitlab.com:org/repo.git",
		"git@github.com:org/repo.git",
		"ssh://git@example.com/org/repo.git",
		"https://example.com/org/repo.git",
		"HTTPS://example.com/pod.yaml",
		"http://example.com/pod.yaml",
		"file:///tmp/repo",
		"https://dev.azure.com/org/project/_git/repo",
	}
	type tc struct {
		name  string
		files map[string]string
		line  int
		text  string
	}
	var tests []tc
	for _, r := range remotes {
		q := "'" + r + "'"
		tests = append(tests,
			tc{"resources " + r, map[string]string{"k/kustomization.yaml": "resources:\n  - pod.yaml\n  - " + q + "\n"}, 3, "remote base not fetched"},
			tc{"bases " + r, map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nbases:\n  - " + q + "\n"}, 3, "remote base not fetched"},
			tc{"components " + r, map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\ncomponents:\n  - " + q + "\n"}, 3, "remote base not fetched"},
		)
	}
	u := "'https://example.com/x.yaml'"
	tests = append(tests,
		tc{"patch path", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\npatches:\n  - path: " + u + "\n"}, 3, "remote base not fetched"},
		tc{"json6902 path", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\npatchesJson6902:\n  - target: {kind: Pod, name: p}\n    path: " + u + "\n"}, 4, "remote base not fetched"},
		tc{"strategic merge path", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\npatchesStrategicMerge:\n  - " + u + "\n"}, 3, "remote base not fetched"},
		tc{"replacements path", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nreplacements:\n  - path: " + u + "\n"}, 3, "remote base not fetched"},
		tc{"configMapGenerator files", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nconfigMapGenerator:\n  - name: c\n    files:\n      - key=" + strings.Trim(u, "'") + "\n"}, 5, "remote base not fetched"},
		tc{"secretGenerator envs", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nsecretGenerator:\n  - name: c\n    envs: [" + u + "]\n"}, 4, "remote base not fetched"},
		tc{"openapi", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nopenapi:\n  path: " + u + "\n"}, 2, "openapi schema not used"},
		// A local schema too: Kustomize keeps it for every later build.
		tc{"openapi local", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nopenapi:\n  path: schema.json\n", "k/schema.json": "{}"}, 2, "openapi schema not used"},
		tc{"configurations", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nconfigurations: [" + u + "]\n"}, 2, "remote base not fetched"},
		tc{"crds", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\ncrds: [" + u + "]\n"}, 2, "remote base not fetched"},
		tc{"transformers url", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\ntransformers: [" + u + "]\n"}, 2, "remote base not fetched"},
		tc{"generators git", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\ngenerators: ['github.com/org/repo']\n"}, 2, "remote base not fetched"},
		tc{"validators git", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nvalidators: ['git@github.com:org/repo']\n"}, 2, "remote base not fetched"},
		tc{"remote base of a local base", map[string]string{
			"k/kustomization.yaml":    "resources: [pod.yaml, ../base]\n",
			"base/kustomization.yaml": "resources:\n  - github.com/org/repo\n",
		}, 0, "remote base not fetched"},
		tc{"transformer config file with a remote patch", map[string]string{
			"k/kustomization.yaml": "resources: [pod.yaml]\ntransformers: [t.yaml]\n",
			"k/t.yaml":             "apiVersion: builtin\nkind: PatchTransformer\nmetadata: {name: t}\nPath: " + u + "\n",
		}, 0, "remote base not fetched"},
		tc{"inline transformer with a remote patch", map[string]string{
			"k/kustomization.yaml": "resources: [pod.yaml]\ntransformers:\n  - |\n    apiVersion: builtin\n    kind: PatchStrategicMergeTransformer\n    metadata: {name: t}\n    paths: [" + u + "]\n",
		}, 3, "remote base not fetched"},
		tc{"helmCharts", map[string]string{"k/kustomization.yaml": "resources: [pod.yaml]\nhelmCharts:\n  - name: c\n    repo: https://charts.example.com\n"}, 2, "Helm chart not inflated"},
		tc{"helm generator config", map[string]string{
			"k/kustomization.yaml": "resources: [pod.yaml]\ngenerators: [h.yaml]\n",
			"k/h.yaml":             "apiVersion: builtin\nkind: HelmChartInflationGenerator\nmetadata: {name: h}\nchartName: c\n",
		}, 0, "Helm chart not inflated"},
	)
	// Functions and exec plugins are refused by the build itself.
	execs := []tc{
		{"exec function", map[string]string{
			"k/kustomization.yaml": "resources: [pod.yaml]\ntransformers: [f.yaml]\n",
			"k/f.yaml":             "apiVersion: example.com/v1\nkind: Fn\nmetadata:\n  name: f\n  annotations:\n    config.kubernetes.io/function: |\n      exec: {path: fn}\n",
		}, 1, "cannot build the kustomization"},
		{"container function", map[string]string{
			"k/kustomization.yaml": "resources: [pod.yaml]\ngenerators: [f.yaml]\n",
			"k/f.yaml":             "apiVersion: example.com/v1\nkind: Fn\nmetadata:\n  name: f\n  annotations:\n    config.kubernetes.io/function: |\n      container: {image: example.com/fn, network: true}\n",
		}, 1, "cannot build the kustomization"},
	}
	for _, tc := range append(tests, execs...) {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"k/pod.yaml": {Data: []byte(kpod)}}
			for n, c := range tc.files {
				fsys[n] = &fstest.MapFile{Data: []byte(c)}
			}
			res := scan(t, fsys, "", Options{})
			_, err := os.Stat(marker)
			require.True(t, os.IsNotExist(err), "a program ran: %s", readMarker(marker))
			var found *parser.Diagnostic
			for i, d := range res.Diagnostics {
				if strings.Contains(d.Message, tc.text) {
					found = &res.Diagnostics[i]
				}
			}
			require.NotNil(t, found, "diagnostics: %v", res.Diagnostics)
			if tc.line > 0 {
				assert.Equal(t, "k/kustomization.yaml", found.Range.File)
				assert.Equal(t, tc.line, found.Range.Start.Line, found.Message)
			}
			// The manifest beside the kustomization is still scanned.
			assert.NotEmpty(t, res.Resources)
		})
	}
}

func readMarker(name string) string {
	b, _ := os.ReadFile(name)
	return string(b)
}

// TestRemoteRef: everything Kustomize would clone or download is refused,
// local paths are not.
func TestRemoteRef(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"git::github.com/o/r", "GitHub.com/o/r", "github.com:o/r", "deploy@gitlab.com:o/r.git", "https://x/y", "ssh://h/r", "file:///r", "user@host:r", " github.com/o/r"} {
		assert.True(t, remoteRef(s), s)
	}
	for _, s := range []string{"pod.yaml", "../base", "./overlays/prod", "github.com.yaml", "dir/github.com/x"} {
		assert.False(t, remoteRef(s), s)
	}
}

// TestKustomizeAliasBomb: a resource whose aliases expand to 10^10 values
// is never given to Kustomize, which would expand them all.
func TestKustomizeAliasBomb(t *testing.T) {
	t.Parallel()
	bomb := "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 1; i <= 9; i++ {
		ref := fmt.Sprintf("*a%d", i-1)
		bomb += fmt.Sprintf("  a%d: &a%d [%s]\n", i, i, strings.Repeat(ref+", ", 9)+ref)
	}
	fsys := fstest.MapFS{
		"k/kustomization.yaml": {Data: []byte("resources: [bomb.yaml, pod.yaml]\ncommonLabels: {a: b}\n")},
		"k/bomb.yaml":          {Data: []byte(bomb)},
		"k/pod.yaml":           {Data: []byte(kpod)},
	}
	res := scan(t, fsys, "", Options{})
	var msgs []string
	for _, d := range res.Diagnostics {
		msgs = append(msgs, d.Range.File+": "+d.Message)
	}
	assert.Contains(t, strings.Join(msgs, "\n"), "k/bomb.yaml: YAML aliases expand to more than")
	var ids []string
	for _, r := range res.Resources {
		ids = append(ids, r.ID)
	}
	assert.Contains(t, ids, "v1/Pod//p", "the files beside it are read as they are")
}

func TestAliasExpansion(t *testing.T) {
	t.Parallel()
	n, limit := aliasExpansion([]byte("a: &a [1, 2]\nb: *a\nc: [*a, *a]\n"))
	assert.Equal(t, 18, n) // document, mapping, 3 keys, [1, 2] three times (3 nodes each), [*a, *a]
	assert.Greater(t, limit, n)
	n, limit = aliasExpansion([]byte("a: &a [*a]\n"))
	assert.Greater(t, n, limit, "an alias inside its own anchor is a cycle: refused")
}

// TestDeepNesting: nesting far beyond anything real is a diagnostic, in a
// plain manifest, in a kustomization's resource and in a chart's values,
// never a crash; the other files are read.
func TestDeepNesting(t *testing.T) {
	t.Parallel()
	flow := "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata: " + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + "\n"
	block := "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata:\n"
	for i := range 1500 {
		block += strings.Repeat(" ", i+1) + "a:\n"
	}
	for _, doc := range []string{flow, block} {
		fsys := fstest.MapFS{
			"plain/deep.yaml":      {Data: []byte(doc)},
			"k/kustomization.yaml": {Data: []byte("resources: [deep.yaml]\nnamespace: x\n")},
			"k/deep.yaml":          {Data: []byte(doc)},
			"c/Chart.yaml":         {Data: []byte("apiVersion: v2\nname: c\nversion: 1.0.0\n")},
			"c/values.yaml":        {Data: []byte(strings.TrimPrefix(doc, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\n"))},
			"c/templates/x.yaml":   {Data: []byte("{{ toYaml .Values }}\n---\n" + kpod)},
			"ok/pod.yaml":          {Data: []byte(kpod)},
		}
		res := scan(t, fsys, "", Options{})
		files := map[string]bool{}
		for _, d := range res.Diagnostics {
			files[d.Range.File] = true
		}
		assert.True(t, files["plain/deep.yaml"], "%v", res.Diagnostics)
		var ids []string
		for _, r := range res.Resources {
			ids = append(ids, r.ID)
		}
		assert.Contains(t, ids, "v1/Pod//p")
	}
}

// TestKustomizeDiamonds: bases shared on every level make Kustomize build
// the deepest ones 2^levels times; such a kustomization is not built.
func TestKustomizeDiamonds(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"top/kustomization.yaml": {Data: []byte("resources: [../a0, ../b0]\n")},
		"a40/kustomization.yaml": {Data: []byte("namePrefix: x-\n")},
		"b40/kustomization.yaml": {Data: []byte("namePrefix: y-\n")},
	}
	for i := range 40 {
		k := fmt.Sprintf("resources: [../a%d, ../b%d]\n", i+1, i+1)
		fsys[fmt.Sprintf("a%d/kustomization.yaml", i)] = &fstest.MapFile{Data: []byte(k)}
		fsys[fmt.Sprintf("b%d/kustomization.yaml", i)] = &fstest.MapFile{Data: []byte(k)}
	}
	res := scan(t, fsys, "top", Options{})
	var msgs []string
	for _, d := range res.Diagnostics {
		msgs = append(msgs, d.Range.File+": "+d.Message)
	}
	assert.Contains(t, strings.Join(msgs, "\n"), "top/kustomization.yaml: the kustomization loads its bases more than 10000 times")
}

// TestKustomizeTooLarge: resources times patches beyond the budget are
// not built; the files are still read as they are.
func TestKustomizeTooLarge(t *testing.T) {
	t.Parallel()
	var many strings.Builder
	for i := range 12_000 {
		fmt.Fprintf(&many, "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c%d}\n", i)
	}
	var patches strings.Builder
	patches.WriteString("resources: [cms.yaml]\npatches:\n")
	for i := range 12_000 {
		fmt.Fprintf(&patches, "  - patch: '[{op: add, path: /data, value: {a%d: b}}]'\n    target: {kind: ConfigMap}\n", i)
	}
	tests := []struct{ name, kust, res string }{
		{"documents", "resources: [cms.yaml]\nnamespace: x\n", many.String()},
		{"documents times patches", patches.String(), strings.Repeat("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", 2000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fsys := fstest.MapFS{
				"k/kustomization.yaml": {Data: []byte(tc.kust)},
				"k/cms.yaml":           {Data: []byte(tc.res)},
			}
			res := scan(t, fsys, "", Options{})
			var msgs []string
			for _, d := range res.Diagnostics {
				msgs = append(msgs, d.Range.File+": "+d.Message)
			}
			assert.Contains(t, strings.Join(msgs, "\n"), "k/kustomization.yaml: the kustomization is too large to build")
			assert.NotEmpty(t, res.Resources)
		})
	}
}
