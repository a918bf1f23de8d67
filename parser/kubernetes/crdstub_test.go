package kubernetes

import (
	"io/fs"
	"path"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

const crdDoc = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object

        properties:
          spec:
            description: |
              openAPIV3Schema:
              kind: CustomResourceDefinition
            type: object
  - name: v2
    served: true
    storage: false
    schema:
      openAPIV3Schema: {type: object}
`

const v1PreservePatch = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  versions:
  - name: v1
    schema:
      openAPIV3Schema:
        x-kubernetes-preserve-unknown-fields: true
`

const v1beta1CRD = `apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  name: gadgets.example.com
spec:
  group: example.com
  names: {kind: Gadget, plural: gadgets}
  validation:
    openAPIV3Schema:
      properties:
        size:
          type: integer
`

func TestStubSchemas(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
		stubs          int
	}{
		{
			name: "block schema stubbed, flow schema kept",
			in:   crdDoc,
			want: `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        x-posture-schema-stub: 14
  - name: v2
    served: true
    storage: false
    schema:
      openAPIV3Schema: {type: object}
`,
			stubs: 1,
		},
		{
			name:  "not a CRD: a ConfigMap that embeds one is left alone",
			in:    "apiVersion: v1\nkind: ConfigMap\ndata:\n  crd: |\n    kind: CustomResourceDefinition\n    openAPIV3Schema:\n      type: object\n",
			want:  "apiVersion: v1\nkind: ConfigMap\ndata:\n  crd: |\n    kind: CustomResourceDefinition\n    openAPIV3Schema:\n      type: object\n",
			stubs: 0,
		},
		{
			name:  "only the CRD document of a stream, CRLF line ends, schema at end of file",
			in:    "kind: Service\nx:\n  openAPIV3Schema:\n    a: 1\n---\r\nkind: CustomResourceDefinition\r\nspec:\r\n  openAPIV3Schema:\r\n    a: 1",
			want:  "kind: Service\nx:\n  openAPIV3Schema:\n    a: 1\n---\r\nkind: CustomResourceDefinition\r\nspec:\r\n  openAPIV3Schema:\r\n    x-posture-schema-stub: 8\n",
			stubs: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := stubSchemas([]byte(tt.in))
			assert.Equal(t, tt.want, string(got))
			assert.Equal(t, tt.stubs, n)
		})
	}
}

// TestKustomizeSchemaStubs builds kustomizations that include a CRD with
// and without stubbing its schema: the resources must be the same, the
// schema's values traced to the CRD file, and a patch into the schema must
// survive (the build falls back to the real files).
func TestKustomizeSchemaStubs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		overlay string
		files   map[string]string
		// want is a value of the built CRD and where it points.
		want kustomized
		// rebuilt: the stubbed build had to be done again from the files.
		rebuilt bool
	}{
		{
			name:    "untouched schema is restored from the base",
			overlay: "resources:\n- ../base\nnamePrefix: my-\ncommonLabels: {team: ai}\n",
			want:    kustomized{"spec.versions[0].schema.openAPIV3Schema.properties.spec.type", "base/crd.yaml", span{22, 19, 22, 25}, "object"},
		},
		{
			name:    "a JSON patch into the schema is kept",
			overlay: "resources:\n- ../base\npatches:\n- target: {kind: CustomResourceDefinition}\n  patch: |\n    - op: add\n      path: /spec/versions/0/schema/openAPIV3Schema/properties/extra\n      value: {type: string}\n",
			// An inline patch is traced to the nearest place the CRD has.
			want:    kustomized{"spec.versions[0].schema.openAPIV3Schema.properties.extra.type", "base/crd.yaml", span{17, 9, 22, 25}, "string"},
			rebuilt: true,
		},
		{
			name:    "a JSON patch that removes a schema field is kept",
			overlay: "resources:\n- ../base\npatches:\n- target: {kind: CustomResourceDefinition}\n  patch: |\n    - op: remove\n      path: /spec/versions/0/schema/openAPIV3Schema/properties\n",
			want:    kustomized{"spec.versions[0].schema.openAPIV3Schema.type", "base/crd.yaml", span{15, 15, 15, 21}, "object"},
			rebuilt: true,
		},
		{
			name:    "a JSON patch that replaces the schema needs no stub",
			overlay: "resources:\n- ../base\npatches:\n- target: {kind: CustomResourceDefinition}\n  patch: |\n    - op: replace\n      path: /spec/versions/0/schema/openAPIV3Schema\n      value: {type: string}\n",
			want:    kustomized{"spec.versions[0].schema.openAPIV3Schema.type", "base/crd.yaml", span{15, 15, 15, 21}, "string"},
		},
		{
			// Kustomize knows no schema for a CRD: the patch's list replaces
			// the CRD's, stub included.
			name:    "a strategic merge patch of the versions list replaces it",
			overlay: "resources:\n- ../base\npatches:\n- path: patch.yaml\n",
			files:   map[string]string{"overlay/patch.yaml": v1PreservePatch},
			want:    kustomized{"spec.versions[0].schema.openAPIV3Schema.x-kubernetes-preserve-unknown-fields", "overlay/patch.yaml", span{10, 47, 10, 51}, true},
		},
		{
			name:    "a strategic merge patch into a v1beta1 schema mapping is kept",
			overlay: "resources:\n- ../base\npatches:\n- path: patch.yaml\n",
			files: map[string]string{
				"base/crd.yaml":      v1beta1CRD,
				"overlay/patch.yaml": "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: gadgets.example.com\nspec:\n  validation:\n    openAPIV3Schema:\n      x-kubernetes-preserve-unknown-fields: true\n",
			},
			want:    kustomized{"spec.validation.openAPIV3Schema.properties.size.type", "base/crd.yaml", span{12, 17, 12, 24}, "integer"},
			rebuilt: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"base/kustomization.yaml":    {Data: []byte("resources:\n- crd.yaml\n- pod.yaml\n")},
				"base/crd.yaml":              {Data: []byte(crdDoc)},
				"base/pod.yaml":              {Data: []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n")},
				"overlay/kustomization.yaml": {Data: []byte(tt.overlay)},
			}
			for name, data := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			src := parser.NewSource(fsys)
			_, _, _, rebuilt := buildWith(src, "overlay/kustomization.yaml", true)
			assert.Equal(t, tt.rebuilt, rebuilt)
			got, gd, built := buildKustomization(src, "overlay/kustomization.yaml")
			require.True(t, built, "%v", gd)
			plain, pd, _, _ := buildWith(src, "overlay/kustomization.yaml", false)
			require.Equal(t, pd, gd)
			require.Equal(t, plain, got)

			var crd *parser.Resource
			for i := range got {
				if got[i].Type == "apiextensions.k8s.io/CustomResourceDefinition" {
					crd = &got[i]
				}
			}
			require.NotNil(t, crd)
			checkKustomized(t, *crd, []kustomized{tt.want})
		})
	}
}

// TestKustomizeSchemaStubsCorpus: on every kustomization of the corpus,
// stubbing CRD schemas changes nothing in the result.
func TestKustomizeSchemaStubsCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every corpus kustomization twice")
	}
	src := corpus(t)
	err := fs.WalkDir(src, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isKustomization(path.Base(name)) {
			return err
		}
		got, gd, gb := buildKustomization(src, name)
		plain, pd, pb, _ := buildWith(src, name, false)
		assert.Equal(t, pb, gb, name)
		assert.Equal(t, pd, gd, name)
		assert.True(t, reflect.DeepEqual(plain, got), "%s: stubbing CRD schemas changed the build", name)
		return nil
	})
	require.NoError(t, err)
}
