# METADATA
# title: Workloads not in the default namespace
# description: |
#   Namespaces are the unit of RBAC, quotas, Pod Security admission labels
#   and NetworkPolicies; workloads dropped into default share all of them
#   with everything else that lands there.
# custom:
#   id: K8S-NS-001
#   severity: low
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate, Service, ConfigMap, Secret, ServiceAccount]
#   formats: [kubernetes]
#   control: Implement security best practices
#   compliance:
#     cis-kubernetes: ["5.7.4"]
#     mcsb: [PV-2]
#   defender: Kubernetes clusters should not use the default namespace
#   remediation:
#     kubernetes: >-
#       Set `metadata.namespace` to a dedicated namespace for the application (or have the deploy tool set one: Kustomize `namespace:`, `helm install --namespace`, `kubectl apply -n`).
#   since: 0.1.0
package posture.kubernetes.namespace.default_namespace

# Explicitly in default.
deny contains {"msg": msg, "path": ["metadata", "namespace"]} if {
	input.resource.metadata.namespace == "default"
	msg := sprintf("%s %q is deployed to the default namespace (metadata.namespace: default).", [input.resource.kind, input.name])
}

# Not set: the deploy tool decides (kubectl -n, Helm release namespace,
# Kustomize), and without one it is default. The scan cannot see that, so
# the check is not evaluated (review, shown with --show-unknown).
deny contains {"msg": msg, "path": ["metadata"], "status": "review"} if {
	not has_namespace
	msg := sprintf("%s %q sets no metadata.namespace: it lands in whatever namespace the deploy tool uses, and in default without one.", [input.resource.kind, input.name])
}

has_namespace if {
	ns := input.resource.metadata.namespace
	is_string(ns)
	ns != ""
}
