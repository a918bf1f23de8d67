package policies

import (
	"context"
	"fmt"
	"testing"

	"github.com/posture-dev/posture/parser"
)

// BenchmarkEngine measures evaluation per resource: resources of a few
// types with applicable rules, through the per-type prepared queries.
func BenchmarkEngine(b *testing.B) {
	lib, err := LoadBuiltin()
	if err != nil {
		b.Fatal(err)
	}
	eng, err := New(lib, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var rs []parser.Resource
	for i := 0; i < 1000; i++ {
		rs = append(rs,
			parser.Resource{
				ID: fmt.Sprintf("acct%d", i), Type: "Microsoft.CognitiveServices/accounts", Name: "a", Provider: parser.Azure, Format: parser.ARM,
				Properties: map[string]any{"kind": "OpenAI", "properties": map[string]any{"publicNetworkAccess": "Enabled", "disableLocalAuth": i%2 == 0}},
				Ranges:     parser.RangeTable{},
			},
			parser.Resource{
				ID: fmt.Sprintf("pod%d", i), Type: "apps/Deployment", Name: "d", Provider: parser.Kubernetes, Format: parser.KubernetesManifest,
				Properties: map[string]any{"kind": "Deployment", "metadata": map[string]any{"name": "d"}, "spec": map[string]any{"template": map[string]any{"spec": map[string]any{
					"containers": []any{map[string]any{"name": "c", "image": "nginx:latest", "securityContext": map[string]any{"privileged": i%3 == 0}}},
				}}}},
				Ranges: parser.RangeTable{},
			},
		)
	}
	ctx := context.Background()
	if _, err := eng.Evaluate(ctx, rs[:2], nil); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := eng.Evaluate(ctx, rs, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rs)), "ns/resource")
}

// BenchmarkStartup measures what a one-file pre-commit run pays before
// evaluating: parsing the embedded library and compiling every group.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		lib, err := LoadBuiltin()
		if err != nil {
			b.Fatal(err)
		}
		eng, err := New(lib, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := eng.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
