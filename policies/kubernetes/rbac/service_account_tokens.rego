# METADATA
# title: No creation of service account tokens
# description: |
#   Creating the token subresource of serviceaccounts mints a bearer token for
#   any service account of the namespace (or of the cluster, for a
#   ClusterRole): the subject becomes the most privileged of them.
# custom:
#   id: K8S-RBAC-009
#   severity: high
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.13"]
#   remediation:
#     kubernetes: >-
#       Remove `create` on `serviceaccounts/token` from the role; pods get their own token through projected volumes without it.
#   fix:
#     none: the grant has to be removed from the role, and the subjects that need it given a narrower one
#   since: 0.2.0
package posture.kubernetes.rbac.service_account_tokens

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": ["rules", g.i, "resources", g.j]} if {
	some g in k8s.grants("", {"serviceaccounts/token"}, {"create"})
	msg := sprintf("%s lets its subjects mint tokens for service accounts (and act as the most privileged of them): rules[%d] grants %s on %s.", [k8s.role_label, g.i, concat(", ", g.verbs), g.resource])
}
