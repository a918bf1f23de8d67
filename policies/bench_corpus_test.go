package policies

import (
	"context"
	"os"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm"
	"github.com/posture-dev/posture/parser/kubernetes"
)

// corpusDir is the shared real-world corpus, relative to this package.
const corpusDir = "../../shared/corpus"

// BenchmarkEngineCorpus evaluates the resources parsed from the shared
// corpus's Kubernetes manifests and ARM templates (parsed once, outside the
// timing): real shapes, real rule mixes, most resources passing most
// rules. Skipped when the corpus is absent.
func BenchmarkEngineCorpus(b *testing.B) {
	for _, c := range []struct {
		name string
		dec  parser.Decoder
	}{
		{"kubernetes", kubernetes.New(kubernetes.Options{})},
		{"arm", arm.New(arm.Options{})},
	} {
		b.Run(c.name, func(b *testing.B) {
			dir := corpusDir + "/" + c.name
			if _, err := os.Stat(dir); err != nil {
				b.Skip("corpus not present")
			}
			ctx := context.Background()
			res, err := parser.Parse(ctx, parser.NewSource(os.DirFS(dir)), []string{"."}, []parser.Decoder{c.dec})
			if err != nil {
				b.Fatal(err)
			}
			lib, err := LoadBuiltin()
			if err != nil {
				b.Fatal(err)
			}
			eng, err := New(lib, Options{})
			if err != nil {
				b.Fatal(err)
			}
			rs := res.Resources
			// Warm: compile the group and prepare the type queries.
			if _, err := eng.Evaluate(ctx, rs, nil); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			var findings int
			for i := 0; i < b.N; i++ {
				r, err := eng.Evaluate(ctx, rs, nil)
				if err != nil {
					b.Fatal(err)
				}
				findings = len(r.Findings)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rs)), "ns/resource")
			b.ReportMetric(float64(len(rs)), "resources")
			b.ReportMetric(float64(findings), "findings")
		})
	}
}
