package kubernetes

import (
	"context"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/posture-dev/posture/parser"
)

// loadCorpus reads every manifest file of the corpus into memory, so that
// the benchmark measures parsing, not the disk.
func loadCorpus(b *testing.B) (names []string, contents [][]byte, size int64) {
	b.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skipf("corpus not present at %s", corpusDir)
	}
	fsys := os.DirFS(corpusDir)
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		lower := strings.ToLower(name)
		if !strings.HasSuffix(lower, ".yaml") && !strings.HasSuffix(lower, ".yml") && !strings.HasSuffix(lower, ".json") {
			return nil
		}
		c, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		names = append(names, name)
		contents = append(contents, c)
		size += int64(len(c))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return names, contents, size
}

// BenchmarkReadCorpus reads the Kubernetes corpus on one goroutine (the
// driver runs one per core) and reports documents/s and MB/s.
func BenchmarkReadCorpus(b *testing.B) {
	names, contents, size := loadCorpus(b)
	d := New(Options{})
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	docs, objects := 0, 0
	for i := 0; i < b.N; i++ {
		docs, objects = 0, 0
		for j, c := range contents {
			if !d.Match(names[j], c) {
				continue
			}
			m := readManifest(names[j], c)
			docs += m.documents
			objects += m.objects
		}
	}
	b.ReportMetric(float64(docs)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(objects), "objects")
	b.ReportMetric(float64(docs), "documents")
}

// BenchmarkParseCorpus loads the whole Kubernetes corpus as a scan does:
// discovery, plain manifests, Helm charts rendered and Kustomize overlays
// built, on every core. Issue #5's target is 1.5 s on 2 cores.
func BenchmarkParseCorpus(b *testing.B) {
	src := corpus(b)
	b.ReportAllocs()
	var resources int
	for i := 0; i < b.N; i++ {
		res, err := parser.Parse(context.Background(), src, []string{"."}, []parser.Decoder{New(Options{})})
		if err != nil {
			b.Fatal(err)
		}
		resources = len(res.Resources)
	}
	b.ReportMetric(float64(resources), "resources")
}
