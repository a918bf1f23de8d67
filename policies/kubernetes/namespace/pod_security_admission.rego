# METADATA
# title: Namespaces enforce a Pod Security Standard
# description: |
#   Pod Security admission enforces the Baseline or Restricted standard on
#   a namespace only when its pod-security.kubernetes.io/enforce label says
#   so; without the label (or with privileged) the cluster default applies,
#   which admits privileged pods unless the cluster was configured
#   otherwise. The label is the policy control mechanism a manifest can
#   show.
# custom:
#   id: K8S-NS-002
#   severity: medium
#   resource_types: [Namespace]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     cis-kubernetes: ["5.2.1"]
#     mcsb: [PV-2]
#   remediation:
#     kubernetes: >-
#       Add the label `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where a workload needs it) to the Namespace, with `pod-security.kubernetes.io/enforce-version` pinned if wanted.
#   fix:
#     none: which standard the namespace can enforce depends on what its pods need
#   since: 0.2.0
package posture.kubernetes.namespace.pod_security_admission

label := "pod-security.kubernetes.io/enforce"

# Namespaces Kubernetes and its add-ons run privileged components in.
system_namespaces := {"kube-system", "kube-public", "kube-node-lease"}

labels := object.get(input.resource, ["metadata", "labels"], {})

deny contains {"msg": msg, "path": ["metadata", "labels"]} if {
	not input.name in system_namespaces
	not labels[label]
	msg := sprintf("Namespace %q enforces no Pod Security Standard: the label %s is not set (the cluster default, usually privileged, applies).", [input.name, label])
}

deny contains {"msg": msg, "path": ["metadata", "labels", label]} if {
	not input.name in system_namespaces
	labels[label] == "privileged"
	msg := sprintf("Namespace %q enforces no Pod Security Standard: %s: privileged.", [input.name, label])
}
