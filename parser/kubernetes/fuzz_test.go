package kubernetes

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
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
