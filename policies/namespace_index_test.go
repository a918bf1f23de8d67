package policies

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/posture-dev/posture/parser"
)

// in_namespace through the engine's namespace and directory index must
// return what filtering data.posture.by_type returns, in the same order.
func TestInNamespaceIndex(t *testing.T) {
	obj := func(id, typ, file string, md map[string]any) parser.Resource {
		return parser.Resource{ID: id, Type: typ, Name: id, Provider: parser.Kubernetes, Format: parser.KubernetesManifest,
			Properties: map[string]any{"metadata": md}, Range: parser.Range{File: file}}
	}
	rs := []parser.Resource{
		obj("dep-a", "apps/Deployment", "app/dep.yaml", map[string]any{"name": "d", "namespace": "a"}),
		obj("dep-none", "apps/Deployment", "app/dep2.yaml", map[string]any{"name": "d2"}),
		obj("dep-root", "apps/Deployment", "root.yaml", map[string]any{"name": "d3"}),
		obj("sa-a2", "ServiceAccount", "other/sa.yaml", map[string]any{"name": "x", "namespace": "a"}),
		obj("sa-a1", "ServiceAccount", "app/sa.yaml", map[string]any{"name": "x", "namespace": "a"}),
		obj("sa-b", "ServiceAccount", "app/sa.yaml", map[string]any{"name": "x", "namespace": "b"}),
		obj("sa-none", "ServiceAccount", "app/sa2.yaml", map[string]any{"name": "y"}),
		obj("sa-empty", "ServiceAccount", "app/sa3.yaml", map[string]any{"name": "z", "namespace": ""}),
		obj("sa-num", "ServiceAccount", "app/sa4.yaml", map[string]any{"name": "z", "namespace": 3}),
		obj("sa-elsewhere", "ServiceAccount", "lib/sa.yaml", map[string]any{"name": "y"}),
		obj("sa-root", "ServiceAccount", "sa.yaml", map[string]any{"name": "y"}),
		obj("sa-deep", "ServiceAccount", "app//sa.yaml", map[string]any{"name": "y"}),
	}
	e, err := New(builtinLibrary(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	keys := uniqueKeys(rs)
	targets := resolveRefs(rs, keys)
	inputs := make([]ast.Value, len(rs))
	for i := range rs {
		inputs[i] = buildInput(&rs[i], keys[i], targets[i], nil)
	}
	doc := e.dataDocument(rs, keys, targets, inputs)
	// The same data without the index, as a unit test that builds its own
	// data.posture has it.
	posture := doc.Get(ast.StringTerm("posture")).Value.(ast.Object)
	bare := ast.NewObject()
	posture.Foreach(func(k, v *ast.Term) {
		if k.Value.Compare(ast.String("by_namespace")) != 0 && k.Value.Compare(ast.String("by_directory")) != 0 {
			bare.Insert(k, v)
		}
	})
	indexedStore := inmem.NewFromASTObject(doc)
	bareStore := inmem.NewFromASTObject(ast.NewObject([2]*ast.Term{ast.StringTerm("posture"), ast.NewTerm(bare)}))
	comp, err := e.compile(e.groups["kubernetes"])
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	eval := func(store storage.Store, input ast.Value) string {
		rs, err := rego.New(rego.Compiler(comp), rego.Store(store), rego.ParsedInput(input),
			rego.Query(`x = [r.id | some r in data.posture.lib.kubernetes.in_namespace("ServiceAccount")]`)).Eval(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) == 0 {
			return "undefined"
		}
		v, _ := ast.InterfaceToValue(rs[0].Bindings["x"])
		return v.String()
	}
	want := []string{`["sa-a1", "sa-a2"]`, `["sa-empty", "sa-none", "sa-num"]`, `["sa-root"]`}
	for i := 0; i < 3; i++ {
		indexed, filtered := eval(indexedStore, inputs[i]), eval(bareStore, inputs[i])
		if indexed != filtered || indexed != want[i] {
			t.Errorf("%s: indexed %s, filtered %s, want %s", rs[i].ID, indexed, filtered, want[i])
		}
	}
}
