package kubernetes

// workloadKinds is the table of the custom resources that run pods: for
// each canonical type, where its objects declare their pod templates, pod
// specs and containers. Each pod found there becomes a resource of its own
// (see pods.go), shaped as a built-in kind so that every pod policy applies
// to it unchanged. Adding a kind is one row here and a fixture beside the
// policies (docs/kubernetes-workloads.md).
//
// Paths are relative to the object: keys separated by dots, "[]" after a
// key for every element of that list, "{}" for every entry of that map.
var workloadKinds = map[string]workloadKind{
	// KServe. A component inlines a pod spec (containers, volumes,
	// securityContext, ...) and may name its model server in a
	// container-shaped framework spec, which KServe turns into the
	// container "kserve-container".
	"serving.kserve.io/InferenceService": {sites: []podSite{
		kserveComponent("spec.predictor", "predictor", kservePredictorFrameworks),
		{at: "spec.predictor.workerSpec", shape: podSpec, place: "predictor workers"},
		kserveComponent("spec.transformer", "transformer", nil),
		kserveComponent("spec.explainer", "explainer", []string{"art", "alibi"}),
	}},
	"serving.kserve.io/ServingRuntime":            {sites: servingRuntime},
	"serving.kserve.io/ClusterServingRuntime":     {sites: servingRuntime},
	"serving.kserve.io/LLMInferenceService":       {sites: llmInferenceService},
	"serving.kserve.io/LLMInferenceServiceConfig": {sites: llmInferenceService},

	// Ray (KubeRay).
	"ray.io/RayCluster": {sites: rayCluster("spec.", true)},
	"ray.io/RayService": {sites: rayCluster("spec.rayClusterConfig.", false)},
	"ray.io/RayJob": {batch: true, sites: append(rayCluster("spec.rayClusterSpec.", false),
		podSite{at: "spec.submitterPodTemplate", place: "submitter"})},

	// Kubeflow training operator (v1) and trainer (v2), notebooks.
	"kubeflow.org/PyTorchJob": {batch: true, sites: replicaSpecs("pytorchReplicaSpecs")},
	"kubeflow.org/TFJob":      {batch: true, sites: replicaSpecs("tfReplicaSpecs")},
	"kubeflow.org/MPIJob":     {batch: true, sites: replicaSpecs("mpiReplicaSpecs")},
	"kubeflow.org/XGBoostJob": {batch: true, sites: replicaSpecs("xgbReplicaSpecs")},
	"kubeflow.org/PaddleJob":  {batch: true, sites: replicaSpecs("paddleReplicaSpecs")},
	"kubeflow.org/JAXJob":     {batch: true, sites: replicaSpecs("jaxReplicaSpecs")},
	"trainer.kubeflow.org/TrainJob": {batch: true, sites: []podSite{
		// The trainer sets the image, command, args, env and resources
		// of the runtime's trainer container; the rest comes from the
		// runtime (a TrainingRuntime, checked on its own).
		{at: "spec.trainer", shape: container, place: "trainer", defaultName: "trainer",
			renames: map[string]string{"resourcesPerNode": "resources"}},
	}},
	"trainer.kubeflow.org/TrainingRuntime":        {batch: true, sites: trainingRuntime},
	"trainer.kubeflow.org/ClusterTrainingRuntime": {batch: true, sites: trainingRuntime},
	"kubeflow.org/Notebook": {sites: []podSite{{at: "spec.template", place: "notebook",
		labels: map[string]string{"notebook-name": "$name", "statefulset": "$name"}}}},

	// Kubernetes SIGs: JobSet, LeaderWorkerSet.
	"jobset.x-k8s.io/JobSet": {batch: true, sites: []podSite{
		{at: "spec.replicatedJobs[].template.spec.template", place: "replicated job %s", names: []string{"name"},
			labels: map[string]string{"jobset.sigs.k8s.io/jobset-name": "$name", "jobset.sigs.k8s.io/replicatedjob-name": "$1"}},
	}},
	"leaderworkerset.x-k8s.io/LeaderWorkerSet": {sites: []podSite{
		{at: "spec.leaderWorkerTemplate.leaderTemplate", place: "leader",
			labels: map[string]string{"leaderworkerset.sigs.k8s.io/name": "$name", "leaderworkerset.sigs.k8s.io/worker-index": "0"}},
		{at: "spec.leaderWorkerTemplate.workerTemplate", place: "worker",
			labels: map[string]string{"leaderworkerset.sigs.k8s.io/name": "$name"}},
	}},

	// Argo Workflows and Rollouts.
	"argoproj.io/Workflow":                {batch: true, sites: argoTemplates("spec")},
	"argoproj.io/WorkflowTemplate":        {batch: true, sites: argoTemplates("spec")},
	"argoproj.io/ClusterWorkflowTemplate": {batch: true, sites: argoTemplates("spec")},
	"argoproj.io/CronWorkflow":            {batch: true, sites: argoTemplates("spec.workflowSpec")},
	"argoproj.io/Rollout":                 {sites: []podSite{{at: "spec.template", place: "pod template"}}},

	// Knative Serving: a revision template inlines its pod spec.
	"serving.knative.dev/Service": {sites: []podSite{{at: "spec.template", place: "revision template", defaultName: "user-container",
		labels: map[string]string{"serving.knative.dev/service": "$name"}}}},
	"serving.knative.dev/Configuration": {sites: []podSite{{at: "spec.template", place: "revision template", defaultName: "user-container",
		labels: map[string]string{"serving.knative.dev/configuration": "$name"}}}},

	// Volcano, KEDA, Seldon Core.
	"batch.volcano.sh/Job": {batch: true, sites: []podSite{
		{at: "spec.tasks[].template", place: "task %s", names: []string{"name"},
			labels: map[string]string{"volcano.sh/job-name": "$name", "volcano.sh/task-spec": "$1"}},
	}},
	"keda.sh/ScaledJob": {batch: true, sites: []podSite{{at: "spec.jobTargetRef.template", place: "job template"}}},
	"machinelearning.seldon.io/SeldonDeployment": {sites: []podSite{
		{at: "spec.predictors[].componentSpecs[]", place: "predictor %s, component %s", names: []string{"name", ""},
			labels: map[string]string{"seldon-deployment-id": "$name"}},
	}},
}

// workloadKind says where the objects of one kind run pods.
type workloadKind struct {
	// batch kinds run their pods to completion; the pods are checked as
	// those of a batch/Job (no liveness or readiness probes expected).
	batch bool
	sites []podSite
}

// podSite is one place in an object that declares pods.
type podSite struct {
	// at is the path of the pod declaration (see workloadKinds).
	at    string
	shape siteShape
	// place names the pod for people: "worker group %s", each %s filled
	// with the name of one [] or {} element, in order.
	place string
	// names are, for each [] in at, the key that names a list element
	// (groupName, name); "" or a missing name names it by its index.
	names []string
	// containers are keys of a podSpec that hold one container each
	// (KServe's framework specs), added after the pod's own containers.
	containers []string
	// defaultName names a container-shaped spec that carries no name, or
	// the only container of a pod template, as the operator does.
	defaultName string
	// probed: the operator gives the first container a liveness and a
	// readiness probe when it declares none (KubeRay, since 1.1, unless its
	// ENABLE_PROBES_INJECTION is false).
	probed bool
	// inlineMetadata: a podSpec holds the pod's labels and annotations in
	// its own labels and annotations keys (KServe).
	inlineMetadata bool
	// renames give a container-shaped spec's fields the names a container
	// has (TrainJob's resourcesPerNode is the trainer's resources).
	renames map[string]string
	// labels are the labels the operator puts on the pods, which
	// NetworkPolicies and Services select them by: "$name" stands for the
	// object's name, "$1" for the name of the first [] or {} element.
	labels map[string]string
}

// siteShape is what a podSite path holds.
type siteShape int

const (
	// podTemplate: a PodTemplateSpec, metadata and spec.
	podTemplate siteShape = iota
	// podSpec: a pod spec, or a spec that inlines one.
	podSpec
	// container: one container; the pod is that container alone.
	container
	// argoTemplate: an Argo Workflows template. Its pod runs the
	// container, script or containerSet with the init and sidecar
	// containers, and takes the pod fields the template does not set from
	// the workflow spec (the path's parent, two levels up).
	argoTemplate
)

// kservePredictorFrameworks are the container-shaped specs of a KServe
// predictor: the model spec and the framework specs it replaced.
var kservePredictorFrameworks = []string{
	"model", "sklearn", "xgboost", "tensorflow", "pytorch", "triton", "onnx",
	"huggingface", "pmml", "lightgbm", "paddle",
}

func kserveComponent(at, place string, frameworks []string) podSite {
	return podSite{at: at, shape: podSpec, place: place, containers: frameworks, defaultName: "kserve-container", inlineMetadata: true,
		labels: map[string]string{"serving.kserve.io/inferenceservice": "$name", "component": place}}
}

var servingRuntime = []podSite{
	{at: "spec", shape: podSpec, place: "runtime", inlineMetadata: true},
	{at: "spec.workerSpec", shape: podSpec, place: "workers", inlineMetadata: true},
}

var llmInferenceService = []podSite{
	{at: "spec.template", shape: podSpec, place: "decode"},
	{at: "spec.worker", shape: podSpec, place: "decode workers"},
	{at: "spec.prefill.template", shape: podSpec, place: "prefill"},
	{at: "spec.prefill.worker", shape: podSpec, place: "prefill workers"},
	{at: "spec.router.scheduler.template", shape: podSpec, place: "scheduler"},
}

var trainingRuntime = []podSite{
	{at: "spec.template.spec.replicatedJobs[].template.spec.template", place: "replicated job %s", names: []string{"name"}},
}

// rayCluster lists the pods of a RayClusterSpec at prefix; named when the
// cluster takes the object's name (a RayService or RayJob names its
// clusters with a generated suffix).
func rayCluster(prefix string, named bool) []podSite {
	head := map[string]string{"ray.io/node-type": "head", "ray.io/group": "headgroup"}
	worker := map[string]string{"ray.io/node-type": "worker", "ray.io/group": "$1"}
	if named {
		head["ray.io/cluster"], worker["ray.io/cluster"] = "$name", "$name"
	}
	return []podSite{
		{at: prefix + "headGroupSpec.template", place: "head group", probed: true, labels: head},
		{at: prefix + "workerGroupSpecs[].template", place: "worker group %s", names: []string{"groupName"}, probed: true, labels: worker},
	}
}

// replicaSpecs lists the pods of a Kubeflow training job: one template
// per replica type (Master, Worker, PS, Launcher, ...).
func replicaSpecs(field string) []podSite {
	return []podSite{{at: "spec." + field + "{}.template", place: "replica %s",
		labels: map[string]string{"training.kubeflow.org/job-name": "$name"}}}
}

func argoTemplates(workflowSpec string) []podSite {
	return []podSite{{at: workflowSpec + ".templates[]", shape: argoTemplate, place: "template %s", names: []string{"name"}}}
}

// unlistedSites are where an object of a kind missing from the table is
// looked at for a pod template.
var unlistedSites = []podSite{
	{at: "spec.template", place: "pod template"},
	{at: "template", place: "pod template"},
}
