# Workload helpers for the Kubernetes policies, beside the pod model of
# kubernetes.rego (same package): labels for messages, effective security
# context settings (§0.4: a container field overrides the pod field), value
# rendering in manifest syntax, and the graph helpers (resources of the scan
# by type and namespace, label selectors; findings that rest on a missing
# resource take lib.graph_status, §0.5).
package posture.lib.kubernetes

# pod_kinds are the canonical types that run pods (the keys of
# pod_spec_paths), for policies that need the list.
pod_kinds := object.keys(pod_spec_paths)

# workload names the resource for messages: Deployment "api". A pod that a
# custom resource declares carries its label from the parser, naming the
# resource and the place: RayCluster "llm-train" (worker group "gpu").
workload := label if {
	label := input.meta.workload
	is_string(label)
} else := sprintf("%s %q", [object.get(input.resource, "kind", input.type), input.name])

# container_kinds names each container field for messages.
container_kinds := {
	"containers": "Container",
	"initContainers": "Init container",
	"ephemeralContainers": "Ephemeral container",
}

# container_field is the field that holds container c: containers,
# initContainers or ephemeralContainers.
container_field(c) := c.path[count(c.path) - 2]

# container_label names container c for messages: Container "vllm" of
# Deployment "model-server".
container_label(c) := sprintf("%s %q of %s", [
	container_kinds[container_field(c)],
	object.get(c.container, "name", ""),
	workload,
])

# app_containers are the regular containers (not init, not ephemeral).
app_containers contains c if {
	some c in containers
	container_field(c) == "containers"
}

# pod_security_context_path is the path of the pod-level securityContext.
pod_security_context_path := array.concat(pod_spec_path, ["securityContext"])

# pod_security_context is the pod-level securityContext ({} when absent).
pod_security_context := sc if {
	sc := pod_spec.securityContext
	is_object(sc)
} else := {}

# container_security_context(c) is the securityContext of container c ({}
# when absent).
container_security_context(c) := sc if {
	sc := c.container.securityContext
	is_object(sc)
} else := {}

# sc_path(c, field) is the path of a container's securityContext field.
sc_path(c, field) := array.concat(c.path, ["securityContext", field])

# pod_sc_path(field) is the path of a pod securityContext field.
pod_sc_path(field) := array.concat(pod_security_context_path, [field])

# container_sets(c, field) holds when container c sets the securityContext
# field itself (so it overrides the pod-level one).
container_sets(c, field) if container_security_context(c)[field] != null

# pod_sets(field) holds when the pod-level securityContext sets field.
pod_sets(field) if pod_security_context[field] != null

# is_windows holds for pods that declare the Windows OS (spec.os.name);
# Linux-only hardening fields do not apply to them.
is_windows if pod_spec.os.name == "windows"

# show(v) renders a manifest value for a message: strings quoted, the rest
# as JSON (true, 0, ["ALL"]).
show(v) := json.marshal(v)

# relpath renders a path relative to the pod spec for messages
# (securityContext.runAsNonRoot), or the full path when it lies outside.
relpath(p) := concat(".", [sprintf("%v", [x]) | some x in array.slice(p, count(pod_spec_path), count(p))]) if {
	array.slice(p, 0, count(pod_spec_path)) == pod_spec_path
} else := concat(".", [sprintf("%v", [x]) | some x in p])

# ---- Graph helpers (§0.5) ----

# namespace_of(obj) is metadata.namespace of a manifest object, "" when it
# is not set (the deploy tool then decides).
namespace_of(obj) := ns if {
	ns := obj.metadata.namespace
	is_string(ns)
} else := ""

# namespace is this resource's namespace, "" when not set.
namespace := namespace_of(input.resource)

# in_namespace(t) are the inputs of the scanned resources of canonical type
# t declared in the same namespace as this resource. Two objects without a
# namespace share one only when they sit in the same directory: the same
# deploy tool then decides it, whereas unrelated applications elsewhere in
# the repository (two samples both leaving it unset) do not.
#
# The engine indexes the manifests by namespace and, for objects without
# one, by directory (data.posture.by_namespace[t][ns],
# data.posture.by_directory[t][dir], present for every type declared only
# by manifests): a lookup instead of a filter of every resource of the type
# for every workload. For other types, or where the index is absent (a
# unit test that mocks data.posture.by_type), the filter gives the same
# inputs in the same (id) order.
in_namespace(t) := [r | some r in object.get(data.posture.by_namespace[t], namespace, {})] if {
	namespace != ""
	_by_namespace(t)
}

in_namespace(t) := [r | some r in object.get(data.posture.by_directory[t], dir(input.file), {})] if {
	namespace == ""
	_by_directory(t)
}

in_namespace(t) := [r |
	some r in object.get(data.posture.by_type, t, {})
	namespace_of(r.resource) == namespace
] if {
	namespace != ""
	not _by_namespace(t)
}

in_namespace(t) := [r |
	some r in object.get(data.posture.by_type, t, {})
	namespace_of(r.resource) == ""
	same_directory(r.file, input.file)
] if {
	namespace == ""
	not _by_directory(t)
}

# (Functions, so that `not` sees an absent index as false: a missing
# reference inside `not is_object(...)` would make the body undefined.)
_by_namespace(t) if is_object(data.posture.by_namespace[t])

_by_directory(t) if is_object(data.posture.by_directory[t])

# same_directory holds for two files in one directory.
same_directory(a, b) if dir(a) == dir(b)

dir(f) := concat("/", array.slice(parts, 0, count(parts) - 1)) if parts := split(f, "/")

# pod_labels are the labels of the pods this resource runs.
pod_labels := labels if {
	labels := object.get(input.resource, array.concat(pod_metadata_path, ["labels"]), {})
	is_object(labels)
} else := {}

# selector_matches(sel, labels) is the Kubernetes label selector semantic:
# every matchLabels entry and every matchExpressions requirement holds; an
# empty selector matches everything.
selector_matches(sel, labels) if {
	every k, v in object.get(sel, "matchLabels", {}) {
		labels[k] == v
	}
	every e in object.get(sel, "matchExpressions", []) {
		_expression_matches(e, labels)
	}
}

_expression_matches(e, labels) if {
	e.operator == "In"
	labels[e.key] in object.get(e, "values", [])
}

_expression_matches(e, labels) if {
	e.operator == "NotIn"
	not object.get(labels, e.key, null) in object.get(e, "values", [])
}

_expression_matches(e, labels) if {
	e.operator == "Exists"
	e.key in object.keys(labels)
}

_expression_matches(e, labels) if {
	e.operator == "DoesNotExist"
	not e.key in object.keys(labels)
}

# ---- RBAC ----

# system_role holds for roles Kubernetes manages itself: aggregated
# ClusterRoles (their rules are filled in by the controller) and the
# system: roles.
system_role if input.resource.aggregationRule

system_role if startswith(input.name, "system:")

# system_binding holds for the bootstrap bindings (system: name and
# system: role).
system_binding if {
	startswith(input.name, "system:")
	startswith(object.get(input.resource, ["roleRef", "name"], ""), "system:")
}
