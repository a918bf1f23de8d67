package kubernetes

import "github.com/posture-dev/posture/parser"

// podSpecPaths is the one pod model: where each workload kind keeps the
// pod spec it runs. policies/lib/kubernetes.rego holds the same table for
// Rego (a test keeps the two equal). Types are canonical (see TypeOf), so
// extensions/v1beta1 workloads are covered under apps.
var podSpecPaths = map[string]parser.Path{
	"Pod":                   {"spec"},
	"PodTemplate":           {"template", "spec"},
	"ReplicationController": {"spec", "template", "spec"},
	"apps/Deployment":       {"spec", "template", "spec"},
	"apps/ReplicaSet":       {"spec", "template", "spec"},
	"apps/StatefulSet":      {"spec", "template", "spec"},
	"apps/DaemonSet":        {"spec", "template", "spec"},
	"batch/Job":             {"spec", "template", "spec"},
	"batch/CronJob":         {"spec", "jobTemplate", "spec", "template", "spec"},
}

// PodSpecPath returns the path of the pod spec in resources of the given
// canonical type, and false for types that run no pods.
func PodSpecPath(resourceType string) (parser.Path, bool) {
	p, ok := podSpecPaths[resourceType]
	if !ok {
		return nil, false
	}
	return append(parser.Path(nil), p...), true
}

// PodMetadataPath returns the path of the metadata of the pods a resource
// of the given type runs (labels and annotations that reach the pod).
func PodMetadataPath(resourceType string) (parser.Path, bool) {
	p, ok := PodSpecPath(resourceType)
	if !ok {
		return nil, false
	}
	p[len(p)-1] = "metadata"
	return p, true
}

// ContainerFields are the pod spec fields that hold containers.
var ContainerFields = []string{"containers", "initContainers", "ephemeralContainers"}
