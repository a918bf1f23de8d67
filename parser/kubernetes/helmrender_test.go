package kubernetes

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"

	"github.com/posture-dev/posture/parser"
)

// TestHelmBudget renders templates that would run for minutes, exhaust
// memory or overflow the stack. Each stops with a diagnostic naming the
// chart and the template; the other charts of the scan are still read.
func TestHelmBudget(t *testing.T) {
	t.Parallel()
	fanout := `{{ define "a0" }}x{{ end }}`
	for i := 1; i <= 40; i++ {
		fanout += fmt.Sprintf(`{{ define "a%d" }}{{ include "a%d" . }}{{ include "a%d" . }}{{ end }}`, i, i-1, i-1)
	}
	tfanout := `{{ define "t0" }}x{{ end }}`
	for i := 1; i <= 40; i++ {
		tfanout += fmt.Sprintf(`{{ define "t%d" }}{{ template "t%d" . }}{{ template "t%d" . }}{{ end }}`, i, i-1, i-1)
	}
	tests := []struct {
		name, tpl, want string
	}{
		{"until 10^8", `{{ range until 100000000 }}x{{ end }}`, "until would produce"},
		{"range over 10^8", `{{ range 100000000 }}{{ end }}`, "steps"},
		{"nested ranges", `{{ range 10000 }}{{ range 10000 }}{{ end }}{{ end }}`, "steps"},
		{"untilStep", `{{ untilStep 0 1000000000 1 }}`, "untilStep would produce"},
		{"seq", `{{ seq 1000000000 }}`, "seq would produce"},
		{"repeat", `{{ repeat 100000000 "xxxxxxxxxx" }}`, "repeat would produce"},
		{"printf width", `{{ printf "` + strings.Repeat("%0999999d", 200) + `" }}`, "printf would produce"},
		{"indent", `{{ indent 1000000000 "a" }}`, "indent would produce"},
		{"replace", `{{ replace "x" (repeat 1000 "y") (repeat 100000 "x") }}`, "replace would produce"},
		{"doubling with cat", `{{ $s := "xxxxxxxx" }}{{ range until 64 }}{{ $s = cat $s $s }}{{ end }}`, "produce more than"},
		{"doubling with concat", `{{ $l := list 1 }}{{ range until 64 }}{{ $l = concat $l $l }}{{ end }}`, "produce more than"},
		{"include fan-out 2^40", fanout + `{{ include "a40" . }}`, "steps"},
		{"template fan-out 2^40", tfanout + `{{ template "t40" . }}`, "steps"},
		{"include recursion", `{{ define "r" }}{{ include "r" . }}{{ end }}{{ include "r" . }}`, "nest deeper"},
		{"template recursion", `{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}`, "nest deeper"},
		{"tpl recursion", `{{ tpl "{{ tpl .t . }}" (dict "t" "{{ tpl .t . }}") }}`, "nest deeper"},
		{"dict holding itself", `{{ $d := dict }}{{ $_ := set $d "a" $d }}{{ toJson $d }}`, "nests deeper than"},
		{"values holding themselves", `{{ $_ := set .Values "v" .Values }}{{ .Values.YAML }}`, "nests deeper than"},
		{"merge into itself", `{{ $d := dict "a" 1 }}{{ $e := dict "d" $d }}{{ $_ := mergeOverwrite $d $e }}{{ toYaml $d }}`, "nests deeper than"},
		{"shared list printed", `{{ $a := list 1 }}{{ range until 60 }}{{ $a = list $a $a }}{{ end }}{{ $a }}`, "steps"},
		{"shared list serialised", `{{ $a := list 1 }}{{ range until 60 }}{{ $a = list $a $a }}{{ end }}{{ toYaml $a }}`, "steps"},
		{"key generation in a loop", `{{ range until 1000 }}{{ genPrivateKey "ecdsa" }}{{ end }}`, "steps"},
		{"output", `{{ range until 1000 }}{{ range until 1000 }}{{ "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }}{{ end }}{{ end }}`, "produce more than"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fsys := fstest.MapFS{
				"c/Chart.yaml":          {Data: []byte("apiVersion: v2\nname: c\nversion: 1.0.0\n")},
				"c/templates/x.yaml":    {Data: []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  a: |\n    " + tc.tpl + "\n")},
				"other/pod.yaml":        {Data: []byte(kpod)},
				"ok/Chart.yaml":         {Data: []byte("apiVersion: v2\nname: ok\nversion: 1.0.0\n")},
				"ok/templates/pod.yaml": {Data: []byte(kpod)},
			}
			d := New(Options{}).(*decoder)
			d.render = renderLimits{bytes: 8 << 20, steps: 500_000}
			res, err := parser.Parse(context.Background(), parser.NewSource(fsys), []string{"."}, []parser.Decoder{d})
			require.NoError(t, err)
			require.Len(t, res.Diagnostics, 1, "%v", res.Diagnostics)
			diag := res.Diagnostics[0]
			assert.Equal(t, "c/templates/x.yaml", diag.Range.File)
			// Text stopped while being written has no position from
			// text/template: the diagnostic names the template only.
			if tc.name != "output" {
				assert.Equal(t, 6, diag.Range.Start.Line, diag.Message)
			}
			assert.Contains(t, diag.Message, "Helm chart in c not rendered")
			assert.Contains(t, diag.Message, tc.want)
			assert.Less(t, len(diag.Message), 300, "the cause, not the chain of template calls around it")
			assert.Len(t, res.Resources, 2, "the other files are read")
		})
	}
}

// TestHelmRenderStopsWithContext: a render stops at the first step after
// the context is done.
func TestHelmRenderStopsWithContext(t *testing.T) {
	t.Parallel()
	ch := &chart.Chart{Metadata: &chart.Metadata{Name: "c", Version: "1", APIVersion: "v2"}}
	ch.Templates = []*chart.File{{Name: "templates/x.yaml", Data: []byte(`{{ range until 1000 }}{{ range until 1000 }}x{{ end }}{{ end }}`)}}
	vals, err := chartutil.ToRenderValues(ch, map[string]any{}, chartutil.ReleaseOptions{Name: "r"}, chartutil.DefaultCapabilities)
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = renderChart(ctx, ch, vals, renderLimits{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "rendering stopped: context canceled")
}

// TestRenderMatchesHelm: within its budget, rendering is Helm's, byte for
// byte, on a chart with a subchart and on one using every construct the
// rewriting touches.
func TestRenderMatchesHelm(t *testing.T) {
	t.Parallel()
	web, err := loader.LoadDir("testdata/helm/web")
	require.NoError(t, err)
	syn := &chart.Chart{
		Metadata: &chart.Metadata{Name: "syn", Version: "1", APIVersion: "v2"},
		Values:   map[string]any{"a": map[string]any{"b": []any{1, "x", map[string]any{"c": true}}}, "n": 3, "s": "{{ .Values.n }}"},
		Templates: []*chart.File{
			{Name: "templates/_h.tpl", Data: []byte(`{{- define "h" }}h={{ . }}{{ end }}{{ define "blk" }}B{{ end }}`)},
			{Name: "templates/a.yaml", Data: []byte(`x: {{ .Values.missing }} {{ .Values.a }} {{ template "h" .Values.n }} {{ template "h" }}
{{ range $i, $v := .Values.a.b }}{{ $i }}={{ $v }} {{ end }}{{ range 3 }}{{ . }}{{ else }}none{{ end }}
{{ tpl .Values.s . }} {{ tpl "{{ define \"q\" }}Q{{ end }}{{ include \"q\" . }}{{ template \"h\" 1 }}" . }}
{{ toYaml .Values | nindent 2 }} {{ printf "%05d|%v" 7 .Values.a }} {{ block "blk" . }}default{{ end }}
{{ with .Values.a }}{{ .b }}{{ else with .Values.n }}n{{ end }} {{ .Release.Name }} {{ .Chart.Name }} {{ .Template.Name }}
{{ $d := dict "k" 1 }}{{ $_ := set $d "z" 2 }}{{ toJson $d }} {{ until 4 }} {{ repeat 3 "ab" }} {{ .Files.Get "nope" }} {{ print nil }}
{{ include "h" (list 1 2) | quote }} {{ index .Values.a.b 1 }} {{ len .Values.a.b }} {{ .Values.a.b | toString }} {{ .Capabilities.KubeVersion.Major }}`)},
		},
	}
	for _, ch := range []*chart.Chart{web, syn} {
		vals, err := chartutil.ToRenderValues(ch, map[string]any{}, chartutil.ReleaseOptions{Name: "rel", Namespace: "ns", IsInstall: true}, chartutil.DefaultCapabilities)
		require.NoError(t, err)
		want, err := engine.Render(ch, vals)
		require.NoError(t, err)
		got, err := renderChart(context.Background(), ch, vals, renderLimits{})
		require.NoError(t, err)
		assert.Equal(t, want, got, ch.Name())
	}
}

// BenchmarkRender compares rendering a chart with Helm's engine and
// within the budget.
func BenchmarkRender(b *testing.B) {
	ch, err := loader.LoadDir("testdata/helm/web")
	require.NoError(b, err)
	vals, err := chartutil.ToRenderValues(ch, map[string]any{}, chartutil.ReleaseOptions{Name: "rel"}, chartutil.DefaultCapabilities)
	require.NoError(b, err)
	b.Run("helm", func(b *testing.B) {
		for b.Loop() {
			_, _ = engine.Render(ch, vals)
		}
	})
	b.Run("budget", func(b *testing.B) {
		for b.Loop() {
			_, _ = renderChart(context.Background(), ch, vals, renderLimits{})
		}
	})
}
