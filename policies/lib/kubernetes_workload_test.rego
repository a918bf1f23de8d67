package posture.lib.kubernetes_test

import data.posture.lib.kubernetes as k8s

deployment := {
	"type": "apps/Deployment",
	"name": "model-server",
	"file": "k8s/serve/deploy.yaml",
	"resource": {
		"kind": "Deployment",
		"metadata": {"namespace": "ml"},
		"spec": {"template": {
			"metadata": {"labels": {"app": "vllm", "tier": "serve"}},
			"spec": {
				"securityContext": {"runAsNonRoot": true},
				"containers": [{"name": "vllm", "securityContext": {"runAsNonRoot": false, "privileged": true}}],
				"ephemeralContainers": [{"name": "debug"}],
			},
		}},
	},
}

test_pod_kinds if {
	"batch/CronJob" in k8s.pod_kinds
	not "Service" in k8s.pod_kinds
}

test_workload_and_container_label if {
	k8s.workload == `Deployment "model-server"` with input as deployment
	labels := {k8s.container_label(c) | some c in k8s.containers} with input as deployment
	labels == {`Container "vllm" of Deployment "model-server"`, `Ephemeral container "debug" of Deployment "model-server"`}
}

test_workload_label_of_a_custom_resource_pod if {
	ray_worker := {
		"type": "PodTemplate",
		"name": "llm-train",
		"meta": {"workload": `RayCluster "llm-train" (worker group "gpu")`},
		"resource": {"kind": "RayCluster", "template": {"spec": {"containers": [{"name": "ray-worker"}]}}},
	}
	k8s.workload == `RayCluster "llm-train" (worker group "gpu")` with input as ray_worker
	labels := {k8s.container_label(c) | some c in k8s.containers} with input as ray_worker
	labels == {`Container "ray-worker" of RayCluster "llm-train" (worker group "gpu")`}
}

test_app_containers if {
	{c.container.name | some c in k8s.app_containers} == {"vllm"} with input as deployment
}

test_security_contexts if {
	k8s.pod_security_context == {"runAsNonRoot": true} with input as deployment
	k8s.pod_security_context_path == ["spec", "template", "spec", "securityContext"] with input as deployment
	k8s.pod_sc_path("runAsUser") == ["spec", "template", "spec", "securityContext", "runAsUser"] with input as deployment
	k8s.pod_sets("runAsNonRoot") with input as deployment
	not k8s.pod_sets("runAsUser") with input as deployment
	some c in k8s.app_containers with input as deployment
	k8s.container_security_context(c).privileged == true
	k8s.container_sets(c, "runAsNonRoot")
	not k8s.container_sets(c, "readOnlyRootFilesystem")
	k8s.sc_path(c, "privileged") == ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"]
	k8s.container_field(c) == "containers"
}

test_security_context_absent if {
	k8s.pod_security_context == {} with input as {"type": "Pod", "resource": {"spec": {}}}
	k8s.container_security_context({"container": {"name": "x"}}) == {}
}

test_is_windows if {
	k8s.is_windows with input as {"type": "Pod", "resource": {"spec": {"os": {"name": "windows"}}}}
	not k8s.is_windows with input as deployment
}

test_show if {
	k8s.show("Always") == `"Always"`
	k8s.show(true) == "true"
	k8s.show(["ALL"]) == `["ALL"]`
}

test_relpath if {
	k8s.relpath(["spec", "template", "spec", "securityContext", "runAsNonRoot"]) == "securityContext.runAsNonRoot" with input as deployment
	k8s.relpath(["spec", "template", "spec", "containers", 0, "image"]) == "containers.0.image" with input as deployment
	k8s.relpath(["metadata", "namespace"]) == "metadata.namespace" with input as deployment
}

# --- graph helpers ---

test_namespace if {
	k8s.namespace == "ml" with input as deployment
	k8s.namespace == "" with input as {"resource": {"metadata": {}}}
	k8s.namespace_of({"metadata": {"namespace": 3}}) == ""
}

test_dir if {
	k8s.dir("k8s/serve/deploy.yaml") == "k8s/serve"
	k8s.dir("deploy.yaml") == ""
	k8s.same_directory("a/x.yaml", "a/y.yaml")
	not k8s.same_directory("a/x.yaml", "b/x.yaml")
}

policies := {
	"a": {"id": "a", "file": "k8s/serve/np.yaml", "resource": {"metadata": {"namespace": "ml"}}},
	"b": {"id": "b", "file": "k8s/other/np.yaml", "resource": {"metadata": {"namespace": "web"}}},
	"c": {"id": "c", "file": "k8s/serve/np2.yaml", "resource": {"metadata": {}}},
	"d": {"id": "d", "file": "k8s/other/np2.yaml", "resource": {"metadata": {}}},
}

test_in_namespace_filters_by_type if {
	{r.id | some r in k8s.in_namespace("networking.k8s.io/NetworkPolicy")} == {"a"} with input as deployment
		with data.posture.by_type as {"networking.k8s.io/NetworkPolicy": policies}
		with data.posture.by_namespace as {}
		with data.posture.by_directory as {}

	# Without a namespace: the objects without one in the same directory.
	unset := object.union(deployment, {"resource": {"metadata": {"namespace": null}}})
	{r.id | some r in k8s.in_namespace("networking.k8s.io/NetworkPolicy")} == {"c"} with input as unset
		with data.posture.by_type as {"networking.k8s.io/NetworkPolicy": policies}
		with data.posture.by_namespace as {}
		with data.posture.by_directory as {}
}

test_in_namespace_reads_the_index if {
	t := "networking.k8s.io/NetworkPolicy"
	{r.id | some r in k8s.in_namespace(t)} == {"a"} with input as deployment
		with data.posture.by_type as {}
		with data.posture.by_namespace as {t: {"ml": {"a": policies.a}, "web": {"b": policies.b}}}
		with data.posture.by_directory as {t: {}}
	unset := object.union(deployment, {"resource": {"metadata": {"namespace": null}}})
	{r.id | some r in k8s.in_namespace(t)} == {"c"} with input as unset
		with data.posture.by_type as {}
		with data.posture.by_namespace as {t: {}}
		with data.posture.by_directory as {t: {"k8s/serve": {"c": policies.c}, "k8s/other": {"d": policies.d}}}
}

test_pod_labels if {
	k8s.pod_labels == {"app": "vllm", "tier": "serve"} with input as deployment
	k8s.pod_labels == {} with input as {"type": "Pod", "resource": {"metadata": {}}}
}

test_selector_matches if {
	labels := {"app": "vllm", "tier": "serve"}
	k8s.selector_matches({}, labels)
	k8s.selector_matches({"matchLabels": {"app": "vllm"}}, labels)
	not k8s.selector_matches({"matchLabels": {"app": "web"}}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["serve", "batch"]}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["serve"]}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "gpu", "operator": "NotIn", "values": ["a100"]}]}, labels)
	k8s.selector_matches({"matchExpressions": [{"key": "app", "operator": "Exists"}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}, labels)
	not k8s.selector_matches({"matchExpressions": [{"key": "app", "operator": "Unknown"}]}, labels)
}

# --- RBAC ---

test_system_role if {
	k8s.system_role with input as {"name": "system:node", "resource": {}}
	k8s.system_role with input as {"name": "monitoring", "resource": {"aggregationRule": {"clusterRoleSelectors": []}}}
	not k8s.system_role with input as {"name": "admin-ish", "resource": {}}
}

test_system_binding if {
	k8s.system_binding with input as {"name": "system:node", "resource": {"roleRef": {"name": "system:node"}}}
	not k8s.system_binding with input as {"name": "system:mine", "resource": {"roleRef": {"name": "cluster-admin"}}}
}
