package kubernetes

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chartutil"
	"sigs.k8s.io/kustomize/api/types"
)

// FuzzReadManifest feeds arbitrary bytes to the YAML reader: it must not
// panic or hang, and every range it reports must lie inside the input.
func FuzzReadManifest(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.yaml")
	more, _ := filepath.Glob("testdata/*.json")
	for _, s := range append(seeds, more...) {
		b, err := os.ReadFile(s)
		if err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("apiVersion: v1\nkind: List\nitems:\n- &a {apiVersion: v1, kind: Pod, metadata: {name: x}}\n- *a\n"))
	f.Add([]byte("a: &x [*x]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		m := readManifest("f.yaml", src)
		for _, r := range m.resources {
			for p, rg := range r.Ranges {
				if rg.Start.Byte < 0 || rg.End.Byte > len(src) || rg.Start.Byte > rg.End.Byte {
					t.Fatalf("range of %s out of bounds: %+v (input %d bytes)", p, rg, len(src))
				}
			}
		}
		for _, d := range m.diags {
			if d.Range.Start.Byte > len(src) {
				t.Fatalf("diagnostic out of bounds: %v", d)
			}
		}
	})
}

// FuzzStubSchemas: stubbing must not panic, must leave input it does not
// stub byte for byte as it was, and must keep valid YAML valid.
func FuzzStubSchemas(f *testing.F) {
	f.Add([]byte(crdDoc))
	f.Add([]byte(v1beta1CRD))
	f.Add([]byte("kind: CustomResourceDefinition\r\nspec:\r\n  openAPIV3Schema:\r\n    a: 1"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		out, n := stubSchemas(src)
		if n == 0 {
			if string(out) != string(src) {
				t.Fatalf("changed input without stubbing:\n%q\n%q", src, out)
			}
			return
		}
		var before, after any
		if yaml.Unmarshal(src, &before) == nil && yaml.Unmarshal(out, &after) != nil {
			t.Fatalf("stubbing broke valid YAML:\n%s\n---- became\n%s", src, out)
		}
	})
}

// FuzzRenderTemplate renders arbitrary template text as a chart's only
// template, with a small budget: it must not panic, and must stop within
// the budget whatever the template does.
func FuzzRenderTemplate(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/helm/web/templates/*")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(`{{ range until 10 }}{{ include "x" . }}{{ end }}{{ define "x" }}{{ toYaml $.Values }}{{ end }}`)
	f.Add(`{{ $d := dict }}{{ $_ := set $d "a" $d }}{{ $d }}`)
	f.Add(`{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" }}`)
	f.Add(`{{ tpl "{{ range 5 }}{{ . }}{{ end }}" . }}`)
	f.Fuzz(func(t *testing.T, tpl string) {
		if len(tpl) > 1<<12 {
			return
		}
		ch := &chart.Chart{Metadata: &chart.Metadata{Name: "c", Version: "1", APIVersion: "v2"}, Values: map[string]any{"a": []any{1, "x"}}}
		ch.Templates = []*chart.File{{Name: "templates/x.yaml", Data: []byte(tpl)}}
		vals, err := chartutil.ToRenderValues(ch, map[string]any{}, chartutil.ReleaseOptions{Name: "r"}, chartutil.DefaultCapabilities)
		if err != nil {
			return
		}
		limits := renderLimits{bytes: 1 << 20, steps: 100_000}
		out, err := renderChart(context.Background(), ch, vals, limits)
		if err == nil && len(out["c/templates/x.yaml"]) > int(limits.bytes) {
			t.Fatalf("rendered %d bytes over a budget of %d", len(out["c/templates/x.yaml"]), limits.bytes)
		}
	})
}

// FuzzKustomizationCheck: the checks run on every file given to
// Kustomize must not panic, and must refuse every remote-looking resource.
func FuzzKustomizationCheck(f *testing.F) {
	f.Add([]byte("resources:\n- ../base\n- git@github.com:o/r\npatches:\n- path: p.yaml\n"))
	f.Add([]byte("transformers:\n- |\n  apiVersion: builtin\n  kind: PatchTransformer\n  metadata: {name: t}\n  path: https://x\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, content []byte) {
		if len(content) > 1<<14 {
			return
		}
		refs := refusedInKustomization(content)
		refusedInFile(content)
		aliasExpansion(content)
		var k types.Kustomization
		if k.Unmarshal(content) != nil {
			return
		}
		//lint:ignore SA1019 bases are still read by Kustomize, so they are checked
		for _, r := range append(k.Resources, append(k.Bases, k.Components...)...) {
			if remoteRef(r) && len(refs) == 0 {
				t.Fatalf("remote reference %q not refused", r)
			}
		}
	})
}

// FuzzLineMap maps arbitrary rendered text onto an arbitrary template:
// every position must fall inside the template.
func FuzzLineMap(f *testing.F) {
	f.Add("replicas: 3\nimage: x\n", "replicas: {{ .Values.r }}\nimage: {{ .Values.i }}\n")
	f.Add("a: é\n", "a: {{ x }}é\n")
	f.Fuzz(func(t *testing.T, rendered, tpl string) {
		if len(rendered)+len(tpl) > 1<<14 {
			return
		}
		lm := newLineMap([]byte(rendered), []byte(tpl))
		for off := 0; off <= len(rendered); off += max(1, len(rendered)/64) {
			p := lm.pos(lm.renderedLines.Pos(off))
			if p.Byte < 0 || p.Byte > len(tpl) || p.Line < 1 || p.Line > lm.templateLines.Lines() {
				t.Fatalf("offset %d maps outside the template: %+v", off, p)
			}
		}
	})
}
