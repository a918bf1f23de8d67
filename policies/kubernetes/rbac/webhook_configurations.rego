# METADATA
# title: No write access to admission webhook configurations
# description: |
#   A subject that can create or change validating or mutating webhook
#   configurations can switch off admission policies, or have every new pod,
#   Secret and ConfigMap sent to, and rewritten by, a server of its choice.
# custom:
#   id: K8S-RBAC-008
#   severity: high
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.12"]
#   remediation:
#     kubernetes: >-
#       Remove write verbs on `validatingwebhookconfigurations`, `mutatingwebhookconfigurations` and admission policies from the role; only the cluster's own operators should manage them.
#   fix:
#     none: the grant has to be removed from the role, and the subjects that need it given a narrower one
#   since: 0.2.0
package posture.kubernetes.rbac.webhook_configurations

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": ["rules", g.i, "resources", g.j]} if {
	some g in k8s.grants("admissionregistration.k8s.io", {"validatingwebhookconfigurations", "mutatingwebhookconfigurations", "validatingadmissionpolicies", "validatingadmissionpolicybindings", "mutatingadmissionpolicies", "mutatingadmissionpolicybindings"}, {"create", "update", "patch", "delete", "deletecollection"})
	msg := sprintf("%s lets its subjects change admission control (and intercept or disable it): rules[%d] grants %s on %s.", [k8s.role_label, g.i, concat(", ", g.verbs), g.resource])
}
