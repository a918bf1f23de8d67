package kubernetes

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// wantPod is a pod a custom resource declares: its resource ID, type,
// message label, and its containers as "field name line:col" of the image.
type wantPod struct {
	id, typ, label string
	images         []string
}

// podsIn reads file and returns the pods found in it, in order, with the
// diagnostics of the reading and of the search for pods.
func podsIn(t *testing.T, file string) ([]parser.Resource, []parser.Diagnostic) {
	t.Helper()
	m := read(t, file)
	require.Empty(t, m.diags)
	rs, ds := withPods(m.resources)
	return rs[len(m.resources):], ds
}

// images lists the containers of a pod as "field name line:col" of their
// image, reading the pod spec where its type keeps it.
func images(t *testing.T, r parser.Resource) []string {
	t.Helper()
	p, ok := PodSpecPath(r.Type)
	require.True(t, ok, r.Type)
	spec, ok := lookup(r.Properties, p)
	require.True(t, ok, "%s: no pod spec at %s", r.ID, p)
	var out []string
	for _, field := range ContainerFields {
		list, _ := spec.(map[string]any)[field].([]any)
		for i, c := range list {
			at := r.Locate(append(p.Key(field), i, "image")).Start
			out = append(out, fmt.Sprintf("%s %v %d:%d", field, c.(map[string]any)["name"], at.Line, at.Column))
		}
	}
	return out
}

// TestCustomResourcePods reads one object of every kind in the table and
// checks each pod found: its ID names the place, it is typed as the built-in
// kind it behaves like, and its images point at the lines that wrote them.
func TestCustomResourcePods(t *testing.T) {
	t.Parallel()
	tests := map[string][]wantPod{
		"kserve.yaml": {
			{"serving.kserve.io/v1beta1/InferenceService/ml/llama (predictor)", "PodTemplate", `InferenceService "llama" (predictor)`,
				[]string{"containers proxy 18:16", "containers kserve-container 13:14"}},
			{"serving.kserve.io/v1beta1/InferenceService/ml/llama (predictor workers)", "PodTemplate", `InferenceService "llama" (predictor workers)`,
				[]string{"containers worker 22:18"}},
			{"serving.kserve.io/v1beta1/InferenceService/ml/llama (transformer)", "PodTemplate", `InferenceService "llama" (transformer)`,
				[]string{"containers tokenizer 26:16"}},
			{"serving.kserve.io/v1beta1/InferenceService/ml/llama (explainer)", "PodTemplate", `InferenceService "llama" (explainer)`,
				[]string{"containers kserve-container 30:14"}},
			{"serving.kserve.io/v1alpha1/ServingRuntime/ml/vllm (runtime)", "PodTemplate", `ServingRuntime "vllm" (runtime)`,
				[]string{"containers kserve-container 43:14"}},
			{"serving.kserve.io/v1alpha1/ClusterServingRuntime//triton (runtime)", "PodTemplate", `ClusterServingRuntime "triton" (runtime)`,
				[]string{"containers kserve-container 52:14"}},
			{"serving.kserve.io/v1alpha1/LLMInferenceService/ml/qwen (decode)", "PodTemplate", `LLMInferenceService "qwen" (decode)`,
				[]string{"containers main 65:16"}},
			{"serving.kserve.io/v1alpha1/LLMInferenceService/ml/qwen (decode workers)", "PodTemplate", `LLMInferenceService "qwen" (decode workers)`,
				[]string{"containers main 69:16"}},
			{"serving.kserve.io/v1alpha1/LLMInferenceService/ml/qwen (prefill)", "PodTemplate", `LLMInferenceService "qwen" (prefill)`,
				[]string{"containers main 74:18"}},
			{"serving.kserve.io/v1alpha1/LLMInferenceService/ml/qwen (scheduler)", "PodTemplate", `LLMInferenceService "qwen" (scheduler)`,
				[]string{"containers main 80:20"}},
		},
		"ray.yaml": {
			{"ray.io/v1/RayCluster/ml/llm-train (head group)", "PodTemplate", `RayCluster "llm-train" (head group)`,
				[]string{"containers ray-head 13:20"}},
			{"ray.io/v1/RayCluster/ml/llm-train (worker group gpu)", "PodTemplate", `RayCluster "llm-train" (worker group "gpu")`,
				[]string{"containers ray-worker 26:22"}},
			{"ray.io/v1/RayCluster/ml/llm-train (worker group cpu)", "PodTemplate", `RayCluster "llm-train" (worker group "cpu")`,
				[]string{"containers ray-worker 32:22"}},
			{"ray.io/v1/RayJob/ml/finetune (head group)", "batch/Job", `RayJob "finetune" (head group)`,
				[]string{"containers ray-head 47:22"}},
			{"ray.io/v1/RayJob/ml/finetune (worker group workers)", "batch/Job", `RayJob "finetune" (worker group "workers")`,
				[]string{"containers ray-worker 54:24"}},
			{"ray.io/v1/RayJob/ml/finetune (submitter)", "batch/Job", `RayJob "finetune" (submitter)`,
				[]string{"containers submitter 60:18"}},
			{"ray.io/v1/RayService/ml/serve (head group)", "PodTemplate", `RayService "serve" (head group)`,
				[]string{"containers ray-head 74:22"}},
			// A worker group without groupName is named by its index.
			{"ray.io/v1/RayService/ml/serve (worker group #0)", "PodTemplate", `RayService "serve" (worker group #0)`,
				[]string{"containers ray-worker 80:24"}},
		},
		"kubeflow.yaml": {
			{"kubeflow.org/v1/PyTorchJob/ml/bert (replica Master)", "batch/Job", `PyTorchJob "bert" (replica "Master")`,
				[]string{"containers pytorch 14:22"}},
			{"kubeflow.org/v1/PyTorchJob/ml/bert (replica Worker)", "batch/Job", `PyTorchJob "bert" (replica "Worker")`,
				[]string{"containers pytorch 21:22"}},
			{"kubeflow.org/v1/TFJob/ml/mnist (replica Worker)", "batch/Job", `TFJob "mnist" (replica "Worker")`,
				[]string{"containers tensorflow 35:22"}},
			{"kubeflow.org/v2beta1/MPIJob/ml/allreduce (replica Launcher)", "batch/Job", `MPIJob "allreduce" (replica "Launcher")`,
				[]string{"containers launcher 49:22"}},
			{"kubeflow.org/v2beta1/MPIJob/ml/allreduce (replica Worker)", "batch/Job", `MPIJob "allreduce" (replica "Worker")`,
				[]string{"containers worker 55:22"}},
			{"kubeflow.org/v1/XGBoostJob/ml/iris (replica Master)", "batch/Job", `XGBoostJob "iris" (replica "Master")`,
				[]string{"containers xgboost 69:22"}},
			{"kubeflow.org/v1/PaddleJob/ml/resnet (replica Worker)", "batch/Job", `PaddleJob "resnet" (replica "Worker")`,
				[]string{"containers paddle 83:22"}},
			{"kubeflow.org/v1/JAXJob/ml/jax (replica Worker)", "batch/Job", `JAXJob "jax" (replica "Worker")`,
				[]string{"containers jax 97:22"}},
			{"trainer.kubeflow.org/v1alpha1/TrainJob/ml/llama-sft (trainer)", "batch/Job", `TrainJob "llama-sft" (trainer)`,
				[]string{"containers trainer 108:12"}},
			{"trainer.kubeflow.org/v1alpha1/TrainingRuntime/ml/torch (replicated job node)", "batch/Job", `TrainingRuntime "torch" (replicated job "node")`,
				[]string{"containers node 127:30"}},
			{"trainer.kubeflow.org/v1alpha1/ClusterTrainingRuntime//torch-distributed (replicated job node)", "batch/Job", `ClusterTrainingRuntime "torch-distributed" (replicated job "node")`,
				[]string{"containers node 144:30"}},
			{"kubeflow.org/v1/Notebook/ml/jupyter (notebook)", "PodTemplate", `Notebook "jupyter" (notebook)`,
				[]string{"containers jupyter 156:18"}},
		},
		"sigs-argo.yaml": {
			{"jobset.x-k8s.io/v1alpha2/JobSet/ml/tpu-train (replicated job slice)", "batch/Job", `JobSet "tpu-train" (replicated job "slice")`,
				[]string{"containers jax 16:26"}},
			{"leaderworkerset.x-k8s.io/v1/LeaderWorkerSet/ml/vllm (leader)", "PodTemplate", `LeaderWorkerSet "vllm" (leader)`,
				[]string{"containers vllm-leader 30:20"}},
			{"leaderworkerset.x-k8s.io/v1/LeaderWorkerSet/ml/vllm (worker)", "PodTemplate", `LeaderWorkerSet "vllm" (worker)`,
				[]string{"containers vllm-worker 35:20"}},
			// The steps template runs no pod; the container template's pod
			// has its sidecar and init container.
			{"argoproj.io/v1alpha1/Workflow/ml/pipeline- (template prepare)", "batch/Job", `Workflow "pipeline-" (template "prepare")`,
				[]string{"containers main 60:16", "containers cache 64:18", "initContainers fetch 58:18"}},
			{"argoproj.io/v1alpha1/Workflow/ml/pipeline- (template report)", "batch/Job", `Workflow "pipeline-" (template "report")`,
				[]string{"containers main 67:16"}},
			{"argoproj.io/v1alpha1/WorkflowTemplate/ml/eval (template eval)", "batch/Job", `WorkflowTemplate "eval" (template "eval")`,
				[]string{"containers main 79:16"}},
			{"argoproj.io/v1alpha1/ClusterWorkflowTemplate//shared-eval (template eval)", "batch/Job", `ClusterWorkflowTemplate "shared-eval" (template "eval")`,
				[]string{"containers a 91:20", "containers b 93:20"}},
			{"argoproj.io/v1alpha1/CronWorkflow/ml/nightly (template train)", "batch/Job", `CronWorkflow "nightly" (template "train")`,
				[]string{"containers main 107:18"}},
			{"argoproj.io/v1alpha1/Rollout/ml/api (pod template)", "PodTemplate", `Rollout "api" (pod template)`,
				[]string{"containers api 119:18"}},
		},
		"others.yaml": {
			{"serving.knative.dev/v1/Service/ml/embed (revision template)", "PodTemplate", `Service "embed" (revision template)`,
				[]string{"containers user-container 10:18"}},
			{"batch.volcano.sh/v1alpha1/Job/ml/mpi (task master)", "batch/Job", `Job "mpi" (task "master")`,
				[]string{"containers master 25:22"}},
			{"batch.volcano.sh/v1alpha1/Job/ml/mpi (task worker)", "batch/Job", `Job "mpi" (task "worker")`,
				[]string{"containers worker 32:22"}},
			{"keda.sh/v1alpha1/ScaledJob/ml/batch-infer (job template)", "batch/Job", `ScaledJob "batch-infer" (job template)`,
				[]string{"containers infer 45:20"}},
			{"machinelearning.seldon.io/v1/SeldonDeployment/ml/iris (predictor default, component #0)", "PodTemplate", `SeldonDeployment "iris" (predictor "default", component #0)`,
				[]string{"containers classifier 59:24"}},
			// Not in the table, but it holds a pod template: checked, with a note.
			{"example.com/v1/ModelServer/ml/custom (pod template)", "PodTemplate", `ModelServer "custom" (pod template)`,
				[]string{"containers server 73:18"}},
		},
	}
	for file, want := range tests {
		t.Run(file, func(t *testing.T) {
			t.Parallel()
			pods, diags := podsIn(t, filepath.Join("testdata/crd", file))
			require.Len(t, pods, len(want))
			for i, w := range want {
				r := pods[i]
				assert.Equal(t, w.id, r.ID)
				assert.Equal(t, w.typ, r.Type, r.ID)
				assert.Equal(t, w.label, r.Meta[metaWorkload], r.ID)
				assert.Equal(t, w.images, images(t, r), r.ID)
				assert.Equal(t, parser.Kubernetes, r.Provider)
				// The pod keeps the object's identity for policies that
				// read it (namespace, kind in messages).
				assert.Equal(t, r.Properties["metadata"], pods[i].Properties["metadata"])
			}
			if file == "others.yaml" {
				require.Len(t, diags, 1)
				assert.Equal(t, parser.DiagNote, diags[0].Severity)
				assert.Equal(t, 64, diags[0].Range.Start.Line)
				assert.Contains(t, diags[0].Message, "ModelServer (example.com/ModelServer) is not a kind posture knows to run pods, but spec.template holds a pod template")
			} else {
				assert.Empty(t, diags)
			}
		})
	}
}

// TestPodFieldsPointAtTheirSource checks pod-level fields, including those
// a pod takes from elsewhere in its object: an Argo template's pod inherits
// the workflow's hostNetwork and securityContext, and a KServe predictor
// inlines its pod fields.
func TestPodFieldsPointAtTheirSource(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file, id, path string
		want           span
	}{
		{"kserve.yaml", "serving.kserve.io/v1beta1/InferenceService/ml/llama (predictor)", "template.spec.hostNetwork", span{9, 18, 9, 22}},
		{"kserve.yaml", "serving.kserve.io/v1beta1/InferenceService/ml/llama (predictor)", "template.spec.containers[1].securityContext.privileged", span{15, 21, 15, 25}},
		{"kserve.yaml", "serving.kserve.io/v1alpha1/ServingRuntime/ml/vllm (runtime)", "template.spec.hostIPC", span{40, 12, 40, 16}},
		{"ray.yaml", "ray.io/v1/RayCluster/ml/llm-train (worker group gpu)", "template.spec.securityContext.runAsNonRoot", span{23, 27, 23, 31}},
		{"ray.yaml", "ray.io/v1/RayCluster/ml/llm-train (worker group gpu)", "template.metadata.labels.tier", span{20, 19, 20, 22}},
		{"ray.yaml", "ray.io/v1/RayCluster/ml/llm-train (worker group gpu)", "metadata.namespace", span{5, 14, 5, 16}},
		{"sigs-argo.yaml", "argoproj.io/v1alpha1/Workflow/ml/pipeline- (template prepare)", "spec.template.spec.hostNetwork", span{44, 16, 44, 20}},
		{"sigs-argo.yaml", "argoproj.io/v1alpha1/Workflow/ml/pipeline- (template report)", "spec.template.spec.securityContext.runAsNonRoot", span{46, 19, 46, 23}},
		{"sigs-argo.yaml", "argoproj.io/v1alpha1/Workflow/ml/pipeline- (template prepare)", "spec.template.spec.volumes[0].name", span{48, 13, 48, 17}},
	}
	byID := map[string]parser.Resource{}
	for _, f := range []string{"kserve.yaml", "ray.yaml", "sigs-argo.yaml"} {
		pods, _ := podsIn(t, filepath.Join("testdata/crd", f))
		for _, r := range pods {
			byID[r.ID] = r
		}
	}
	for _, tc := range tests {
		r, ok := byID[tc.id]
		require.True(t, ok, tc.id)
		rg, ok := r.Ranges[tc.path]
		require.True(t, ok, "%s: no range at %s", tc.id, tc.path)
		assert.Equal(t, "testdata/crd/"+tc.file, rg.File)
		assert.Equal(t, tc.want, spanOf(rg), "%s %s", tc.id, tc.path)
	}
	// A named element's findings about the pod as a whole point at its name.
	assert.Equal(t, span{15, 18, 15, 21}, spanOf(byID["ray.io/v1/RayCluster/ml/llm-train (worker group gpu)"].Header))
}

// TestPodsOfUnlistedKinds: an object of a kind missing from the table is
// checked only when it holds a pod template with containers, and built-in
// kinds are left to the pod model of pod.go.
func TestPodsOfUnlistedKinds(t *testing.T) {
	t.Parallel()
	pods, _ := podsIn(t, "testdata/crd/others.yaml")
	for _, r := range pods {
		assert.NotContains(t, r.ID, "Widget")
	}
	m := read(t, "testdata/workloads.yaml")
	rs, ds := withPods(m.resources)
	assert.Len(t, rs, len(m.resources), "built-in workloads gain no pods")
	assert.Empty(t, ds)
}

// TestPodUnknownValues: a value unknown in the object (a ${VAR} left for
// envsubst) is unknown in the pod, at the pod's path.
func TestPodUnknownValues(t *testing.T) {
	t.Parallel()
	src := "apiVersion: ray.io/v1\nkind: RayCluster\nmetadata:\n  name: c\nspec:\n  headGroupSpec:\n    template:\n      spec:\n        containers:\n          - name: head\n            image: ${RAY_IMAGE}\n"
	m := readManifest("c.yaml", []byte(src))
	rs, _ := withPods(m.resources)
	require.Len(t, rs, 2)
	assert.Equal(t, []parser.Path{{"template", "spec", "containers", 0, "image"}}, rs[1].Unknown)
}

// TestPodNamesStayApart: two elements with one name get two IDs.
func TestPodNamesStayApart(t *testing.T) {
	t.Parallel()
	src := "apiVersion: ray.io/v1\nkind: RayCluster\nmetadata:\n  name: c\nspec:\n  workerGroupSpecs:\n" +
		strings.Repeat("    - groupName: gpu\n      template:\n        spec:\n          containers: [{name: w, image: ray:2}]\n", 2)
	m := readManifest("c.yaml", []byte(src))
	rs, _ := withPods(m.resources)
	require.Len(t, rs, 3)
	assert.Equal(t, "ray.io/v1/RayCluster//c (worker group gpu)", rs[1].ID)
	assert.Equal(t, "ray.io/v1/RayCluster//c (worker group gpu) #2", rs[2].ID)
}

// TestPodRangeBudget: an object whose pods would copy more ranges than the
// budget keeps the pods found so far and says where it stopped.
func TestPodRangeBudget(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: w\nspec:\n  volumes:\n")
	for i := range 50 {
		fmt.Fprintf(&b, "    - {name: v%d, emptyDir: {}}\n", i)
	}
	b.WriteString("  templates:\n")
	for i := range 50 {
		fmt.Fprintf(&b, "    - {name: t%d, container: {image: busybox:1.36}}\n", i)
	}
	m := readManifest("w.yaml", []byte(b.String()))
	require.Len(t, m.resources, 1)
	r := &m.resources[0]
	pods, ds := podsOf(r, workloadKinds[r.Type], true, 1000)
	assert.NotEmpty(t, pods)
	assert.Less(t, len(pods), 50)
	require.Len(t, ds, 1)
	assert.Equal(t, parser.DiagWarning, ds[0].Severity)
	assert.Contains(t, ds[0].Message, `Workflow "w" declares more pods than posture checks in one object`)

	all, ds := podsOf(r, workloadKinds[r.Type], true, derivedRangeBudget)
	assert.Len(t, all, 50)
	assert.Empty(t, ds)
}

// TestWorkloadKindsDocumented keeps docs/kubernetes-workloads.md listing
// every kind of the table.
func TestWorkloadKindsDocumented(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("../../docs/kubernetes-workloads.md")
	require.NoError(t, err)
	for typ := range workloadKinds {
		assert.Contains(t, string(doc), "`"+typ+"`", "docs/kubernetes-workloads.md does not list %s", typ)
	}
}

// FuzzCustomResourcePods: finding the pods of any input neither panics nor
// invents a range: every range of a pod is one of its object's.
func FuzzCustomResourcePods(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/crd/*.yaml")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		m := readManifest("f.yaml", src)
		rs, _ := withPods(m.resources)
		known := map[parser.Range]bool{}
		for _, r := range m.resources {
			known[r.Range] = true
			for _, rg := range r.Ranges {
				known[rg] = true
			}
		}
		for _, r := range rs[len(m.resources):] {
			for p, rg := range r.Ranges {
				if !known[rg] {
					t.Fatalf("%s: range of %s is none of its object's: %+v", r.ID, p, rg)
				}
			}
		}
	})
}

// TestRayProbesInjected: KubeRay gives the Ray container of head and worker
// pods the probes it lacks; the pod holds them, with no range, and the
// object stays as written.
func TestRayProbesInjected(t *testing.T) {
	t.Parallel()
	src := "apiVersion: ray.io/v1\nkind: RayCluster\nmetadata:\n  name: c\nspec:\n  headGroupSpec:\n    template:\n      spec:\n        containers:\n" +
		"          - name: ray-head\n            image: ray:2\n            readinessProbe: {httpGet: {path: /, port: 8265}}\n          - name: sidecar\n            image: envoy:1\n"
	m := readManifest("c.yaml", []byte(src))
	rs, _ := withPods(m.resources)
	require.Len(t, rs, 2)
	head, _ := lookup(rs[1].Properties, parser.Path{"template", "spec", "containers", 0})
	assert.Equal(t, injectedProbe, head.(map[string]any)["livenessProbe"])
	assert.Equal(t, map[string]any{"httpGet": map[string]any{"path": "/", "port": int64(8265)}}, head.(map[string]any)["readinessProbe"])
	_, ranged := rs[1].Ranges["template.spec.containers[0].livenessProbe"]
	assert.False(t, ranged)
	sidecar, _ := lookup(rs[1].Properties, parser.Path{"template", "spec", "containers", 1})
	assert.NotContains(t, sidecar, "livenessProbe")
	written, _ := lookup(rs[0].Properties, parser.Path{"spec", "headGroupSpec", "template", "spec", "containers", 0})
	assert.NotContains(t, written, "livenessProbe")
}

// BenchmarkCustomResourcePods measures the search for pods alone, over
// the objects of the Kubernetes corpus (already read), and reports the pods
// it finds.
func BenchmarkCustomResourcePods(b *testing.B) {
	names, contents, _ := loadCorpus(b)
	var objects [][]parser.Resource
	for i, c := range contents {
		objects = append(objects, readManifest(names[i], c).resources)
	}
	b.ReportAllocs()
	b.ResetTimer()
	pods := 0
	for range b.N {
		pods = 0
		for _, rs := range objects {
			out, _ := withPods(rs[:len(rs):len(rs)])
			pods += len(out) - len(rs)
		}
	}
	b.ReportMetric(float64(pods), "pods")
}

// TestOperatorLabels: a pod carries the labels its operator sets, which
// NetworkPolicies and Services select it by, beside those its template
// sets; a label whose value the scan cannot know is left out.
func TestOperatorLabels(t *testing.T) {
	t.Parallel()
	pods, _ := podsIn(t, "testdata/crd/ray.yaml")
	labels := map[string]any{}
	for _, r := range pods {
		l, _ := lookup(r.Properties, parser.Path{"template", "metadata", "labels"})
		if l == nil {
			l, _ = lookup(r.Properties, parser.Path{"spec", "template", "metadata", "labels"})
		}
		labels[r.ID] = l
	}
	assert.Equal(t, map[string]any{
		"tier": "gpu", "ray.io/node-type": "worker", "ray.io/group": "gpu", "ray.io/cluster": "llm-train",
	}, labels["ray.io/v1/RayCluster/ml/llm-train (worker group gpu)"])
	assert.Equal(t, map[string]any{"ray.io/node-type": "head", "ray.io/group": "headgroup", "ray.io/cluster": "llm-train"},
		labels["ray.io/v1/RayCluster/ml/llm-train (head group)"])
	// A RayService names its cluster with a generated suffix, and this
	// worker group has no groupName.
	assert.Equal(t, map[string]any{"ray.io/node-type": "worker"}, labels["ray.io/v1/RayService/ml/serve (worker group #0)"])

	gpu := pods[1]
	require.Equal(t, "ray.io/v1/RayCluster/ml/llm-train (worker group gpu)", gpu.ID)
	assert.Contains(t, gpu.Ranges, "template.metadata.labels.tier")
	assert.NotContains(t, gpu.Ranges, `template.metadata.labels["ray.io/group"]`)
	// The object itself is left as written.
	written, _ := lookup(read(t, "testdata/crd/ray.yaml").resources[0].Properties, parser.Path{"spec", "workerGroupSpecs", 0, "template", "metadata", "labels"})
	assert.Equal(t, map[string]any{"tier": "gpu"}, written)
}

// TestTrainerResources: a TrainJob's resourcesPerNode are its trainer
// container's resources, where resource rules look for them.
func TestTrainerResources(t *testing.T) {
	t.Parallel()
	src := "apiVersion: trainer.kubeflow.org/v1alpha1\nkind: TrainJob\nmetadata:\n  name: sft\nspec:\n  trainer:\n    image: registry.example.com/sft:1.0\n" +
		"    resourcesPerNode:\n      limits:\n        nvidia.com/gpu: 8\n"
	m := readManifest("t.yaml", []byte(src))
	rs, _ := withPods(m.resources)
	require.Len(t, rs, 2)
	limits, ok := lookup(rs[1].Properties, parser.Path{"spec", "template", "spec", "containers", 0, "resources", "limits"})
	require.True(t, ok)
	assert.Equal(t, map[string]any{"nvidia.com/gpu": int64(8)}, limits)
	assert.Equal(t, span{10, 25, 10, 26}, spanOf(rs[1].Locate(parser.Path{"spec", "template", "spec", "containers", 0, "resources", "limits", "nvidia.com/gpu"})))
}

// TestPodDeclarationRange: a pod's range is its template's, in the
// object's file, so that score and compliance point at the pod.
func TestPodDeclarationRange(t *testing.T) {
	t.Parallel()
	pods, _ := podsIn(t, "testdata/crd/ray.yaml")
	assert.Equal(t, 9, pods[0].Range.Start.Line, pods[0].ID)  // headGroupSpec.template:
	assert.Equal(t, 17, pods[1].Range.Start.Line, pods[1].ID) // workerGroupSpecs[0].template:
	assert.Equal(t, "testdata/crd/ray.yaml", pods[1].Range.File)
}

// TestWorkloadKindsHaveFixtures: every kind of the table has a failing
// policy fixture for the image rule, which every pod has.
func TestWorkloadKindsHaveFixtures(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("../../policies/kubernetes/image/testdata/K8S-IMG-001/fail-*.yaml")
	require.NoError(t, err)
	var all strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		all.Write(b)
	}
	for typ := range workloadKinds {
		group, kind, _ := strings.Cut(typ, "/")
		assert.Regexp(t, `(?m)^apiVersion: `+regexp.QuoteMeta(group)+`/\S+\nkind: `+kind+`\n`, all.String(),
			"%s has no failing K8S-IMG-001 fixture (policies/kubernetes/image/testdata/K8S-IMG-001/fail-<kind>.yaml)", typ)
	}
}

// TestKServeComponentMetadata: a KServe component's labels and annotations
// are its pod's, beside the labels KServe adds.
func TestKServeComponentMetadata(t *testing.T) {
	t.Parallel()
	src := "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: llama\nspec:\n  predictor:\n    labels:\n      app: llama\n" +
		"    annotations:\n      posture.dev/ignore: K8S-PRB-001 reason=\"Knative probes the queue-proxy\"\n    model:\n      image: kserve/huggingfaceserver:v0.15.2\n"
	m := readManifest("i.yaml", []byte(src))
	rs, _ := withPods(withSuppressions(m.resources))
	require.Len(t, rs, 2)
	pod := withSuppressions(rs[1:])[0]
	labels, _ := lookup(pod.Properties, parser.Path{"template", "metadata", "labels"})
	assert.Equal(t, map[string]any{"app": "llama", "serving.kserve.io/inferenceservice": "llama", "component": "predictor"}, labels)
	assert.Equal(t, span{8, 12, 8, 17}, spanOf(pod.Ranges["template.metadata.labels.app"]))
	require.Len(t, pod.Suppressions, 1)
	assert.Equal(t, []string{"K8S-PRB-001"}, pod.Suppressions[0].IDs)
	assert.Equal(t, pod.ID, pod.Suppressions[0].Resource)
}
