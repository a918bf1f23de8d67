# Service and model-server helpers for the Kubernetes policies (same
# package as the pod model): which workloads of the scan a Service selects,
# and which of them serve models, read from any resource's input so that a
# Service policy can judge the pods behind it.
package posture.lib.kubernetes

# model_server_images are image name fragments (repository path, lower
# case) of the common model servers: an inference endpoint behind them
# answers prompts, embeds documents or runs arbitrary models.
model_server_images := [
	"vllm",
	"text-generation-inference",
	"text-embeddings-inference",
	"tritonserver",
	"ollama",
	"llama.cpp",
	"llama-server",
	"localai",
	"torchserve",
	"tensorflow/serving",
	"tensorrt-llm",
	"sglang",
	"lmdeploy",
	"mlserver",
	"seldon",
	"kserve",
	"xinference",
	"openllm",
	"ray-ml",
	"/nim/",
	"llm-nim",
]

# image_repository is an image reference without its tag or digest, lower
# case: "ghcr.io/huggingface/text-generation-inference".
image_repository(image) := lower(repo) if {
	is_string(image)
	no_digest := split(image, "@")[0]
	parts := split(no_digest, "/")
	last := parts[count(parts) - 1]
	repo := concat("/", array.concat(array.slice(parts, 0, count(parts) - 1), [split(last, ":")[0]]))
}

# model_server(c) holds for a container (object) that runs a model server,
# by its image or by the GPUs it asks for.
model_server(c) if {
	repo := image_repository(c.image)
	some fragment in model_server_images
	contains(repo, fragment)
}

model_server(c) if {
	some kind in ["limits", "requests"]
	some name, _ in object.get(c, ["resources", kind], {})
	name in {"nvidia.com/gpu", "amd.com/gpu", "google.com/tpu"}
}

# workload_pod_spec(r) and workload_pod_labels(r) are the pod spec and pod
# labels of another resource's input r (undefined when it runs no pods).
workload_pod_spec(r) := spec if {
	spec := object.get(r.resource, pod_spec_paths[r.type], null)
	is_object(spec)
}

workload_pod_labels(r) := labels if {
	p := pod_spec_paths[r.type]
	labels := object.get(r.resource, array.concat(array.slice(p, 0, count(p) - 1), ["metadata", "labels"]), {})
	is_object(labels)
} else := {}

# workload_containers(r) are every container of another resource's pods.
workload_containers(r) := [c |
	spec := workload_pod_spec(r)
	some field in container_fields
	some c in object.get(spec, field, [])
	is_object(c)
]

# service_selects(selector, labels) is a Service's selector semantic: a
# plain map, every entry equal; an empty or absent selector selects no pod
# (its endpoints are managed by hand).
service_selects(selector, labels) if {
	is_object(selector)
	count(selector) > 0
	every k, v in selector {
		labels[k] == v
	}
}

# model_server_reason(c) says why container c counts as a model server,
# for messages.
model_server_reason(c) := sprintf("runs the model server image %s", [c.image]) if {
	repo := image_repository(c.image)
	some fragment in model_server_images
	contains(repo, fragment)
} else := sprintf("asks for accelerators (%s)", [concat(", ", sort(accelerators(c)))])

accelerators(c) := {name |
	some kind in ["limits", "requests"]
	some name, _ in object.get(c, ["resources", kind], {})
	name in {"nvidia.com/gpu", "amd.com/gpu", "google.com/tpu"}
}

# selected_model_servers are the workloads of this Service's namespace
# whose pods it selects and that run a model server: {"workload",
# "reason", "file"} for messages. When the Service's own file declares
# some, only those count: two copies of an application side by side (a
# local and a cloud variant) each pair their own Service and workload.
selected_model_servers := same_file if {
	same_file := {s | some s in _selected_model_servers; s.file == input.file}
	count(same_file) > 0
} else := _selected_model_servers

_selected_model_servers contains {"workload": sprintf("%s %q", [object.get(r.resource, "kind", r.type), r.name]), "reason": model_server_reason(c), "file": r.file} if {
	selector := object.get(input.resource, ["spec", "selector"], {})
	count(selector) > 0
	some kind in pod_kinds
	some r in in_namespace(kind)
	service_selects(selector, workload_pod_labels(r))
	some c in workload_containers(r)
	model_server(c)
}
