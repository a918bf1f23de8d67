# The one pod model for Kubernetes policies: where each workload kind keeps
# the pod spec it runs, so a pod policy is written once for Pod, Deployment,
# StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob
# and PodTemplate. parser/kubernetes/pod.go holds the same table; a Go test
# keeps them equal. Types are canonical (extensions/* is read as apps/*).
package posture.lib.kubernetes

pod_spec_paths := {
	"Pod": ["spec"],
	"PodTemplate": ["template", "spec"],
	"ReplicationController": ["spec", "template", "spec"],
	"apps/Deployment": ["spec", "template", "spec"],
	"apps/ReplicaSet": ["spec", "template", "spec"],
	"apps/StatefulSet": ["spec", "template", "spec"],
	"apps/DaemonSet": ["spec", "template", "spec"],
	"batch/Job": ["spec", "template", "spec"],
	"batch/CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
}

# pod_spec_path is the path (from input.resource) of the pod spec of this
# resource; undefined for kinds that run no pods.
pod_spec_path := pod_spec_paths[input.type]

# pod_metadata_path is the path of the metadata of the pods this resource
# runs: labels and annotations that reach the pod.
pod_metadata_path := array.concat(array.slice(pod_spec_path, 0, count(pod_spec_path) - 1), ["metadata"])

# pod_spec is the pod spec itself; undefined when the resource has none.
pod_spec := spec if {
	spec := object.get(input.resource, pod_spec_path, null)
	is_object(spec)
}

container_fields := ["containers", "initContainers", "ephemeralContainers"]

# containers holds every container of the pod spec (containers,
# initContainers and ephemeralContainers) with its full path from
# input.resource, which is what a finding on it should blame:
# {"container": {...}, "path": ["spec", "template", "spec", "containers", 0]}.
containers contains {"container": c, "path": array.concat(pod_spec_path, [field, i])} if {
	some field in container_fields
	some i, c in pod_spec[field]
	is_object(c)
}
