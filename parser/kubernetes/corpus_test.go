package kubernetes

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// corpusDir is the shared corpus of real-world manifests, relative to this
// package; tests and benchmarks that need it skip when it is absent.
const corpusDir = "../../../shared/corpus/kubernetes"

func corpus(tb testing.TB) *parser.Source {
	tb.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		tb.Skipf("corpus not present at %s", corpusDir)
	}
	return parser.NewSource(os.DirFS(corpusDir))
}

// knownInvalid are the corpus files SOURCES.md lists as invalid YAML.
var knownInvalid = map[string]bool{
	"kubernetes-engine-samples/ai-ml/gke-model-armor/configuring-the-gateway/llm-gateway.yaml":       true,
	"kubernetes-engine-samples/ai-ml/gke-model-armor/configuring-the-gateway/llm-httproute.yaml":     true,
	"kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/hdml-static-pv-pvc.yaml":    true,
	"kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/llm-service.yaml":           true,
	"kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/producer-job.yaml":          true,
	"kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/vllm-gemma-deployment.yaml": true,
	"kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/vllm-llama3-8b-instruct.yaml":  true,
}

func TestCorpus(t *testing.T) {
	src := corpus(t)
	res, err := parser.Parse(context.Background(), src, []string{"."}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	t.Logf("%v", res)
	errored := map[string]bool{}
	for _, d := range res.Diagnostics {
		t.Logf("%v", d)
		if d.Severity == parser.DiagError {
			errored[d.Range.File] = true
			assert.Positive(t, d.Range.Start.Line, "diagnostic without a line: %v", d)
		}
	}
	for f := range knownInvalid {
		assert.True(t, errored[f], "known-invalid file %s has no error diagnostic", f)
	}
	for f := range errored {
		assert.True(t, knownInvalid[f], "unexpected error in %s", f)
	}
}
