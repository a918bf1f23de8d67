# METADATA
# title: Workload pods are selected by a NetworkPolicy
# description: |
#   Pods that no NetworkPolicy selects accept traffic from every pod of the
#   cluster: a compromised pod anywhere reaches model servers and vector
#   databases directly. Give every workload namespace a default-deny policy
#   (podSelector {}) and allow only the flows it needs.
# custom:
#   id: K8S-NET-003
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Restrict unauthorized network access
#   compliance:
#     cis-kubernetes: ["5.3.2"]
#   remediation:
#     kubernetes: >-
#       Add a NetworkPolicy in the namespace whose `podSelector` selects these pods, with `Ingress` in its `policyTypes`: a default-deny `podSelector: {}` policy plus policies that allow the required traffic.
#   since: 0.1.0
package posture.kubernetes.network.network_policy

import data.posture.lib
import data.posture.lib.kubernetes as k8s

# policies are the NetworkPolicies of the scan in the pods' namespace.
policies := k8s.in_namespace("networking.k8s.io/NetworkPolicy")

# isolating are those that select these pods for ingress.
isolating := [p |
	some p in policies
	spec := object.get(p.resource, "spec", {})
	k8s.selector_matches(object.get(spec, "podSelector", {}), k8s.pod_labels)
	restricts_ingress(spec)
]

# A policy restricts ingress when policyTypes lists Ingress, or when
# policyTypes is absent (Ingress is then always implied).
restricts_ingress(spec) if "Ingress" in spec.policyTypes

restricts_ingress(spec) if not spec.policyTypes

path := array.concat(k8s.pod_metadata_path, ["labels"])

# The namespace has NetworkPolicies in the scan, but none selects these
# pods for ingress: the namespace's policies are managed here, so the
# pods are left open.
deny contains {"msg": msg, "path": path} if {
	k8s.pod_spec
	count(policies) > 0
	count(isolating) == 0

	# A policy declared in two files (an install and its copy) is named once.
	names := concat(", ", sort({sprintf("%q", [p.name]) | some p in policies}))
	msg := sprintf("%s runs pods (labels %s) that no NetworkPolicy of %s selects for ingress (policies there: %s): they accept traffic from every pod.", [k8s.workload, k8s.show(k8s.pod_labels), ns_label, names])
}

# No NetworkPolicy of that namespace is in the scan: one may be applied
# from elsewhere, so the check needs review unless the scan is declared
# complete (§0.5).
deny contains {"msg": msg, "path": path, "status": lib.graph_status} if {
	k8s.pod_spec
	count(policies) == 0
	msg := sprintf("%s runs pods that no NetworkPolicy selects: the scan holds no NetworkPolicy for %s, so they accept traffic from every pod.", [k8s.workload, ns_label])
}

# ns_label names the namespace the pods run in. A manifest without one
# (and no kustomization setting it) goes to the namespace it is applied to,
# and its policies are those beside it without one either.
ns_label := sprintf("namespace %q", [k8s.namespace]) if k8s.namespace != ""

else := "the namespace it is applied to (no namespace is set)"
