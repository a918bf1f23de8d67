# METADATA
# title: No approval of certificate signing requests
# description: |
#   Updating the approval subresource of certificatesigningrequests lets a
#   subject approve its own request for a client certificate, and so mint a
#   credential for another user or group the cluster trusts.
# custom:
#   id: K8S-RBAC-007
#   severity: high
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.11"]
#   remediation:
#     kubernetes: >-
#       Remove `update`/`patch` on `certificatesigningrequests/approval` (and `approve` on `signers`) from the role; leave approval to the cluster's controllers.
#   fix:
#     none: the grant has to be removed from the role, and the subjects that need it given a narrower one
#   since: 0.2.0
package posture.kubernetes.rbac.csr_approval

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": ["rules", g.i, "resources", g.j]} if {
	some g in k8s.grants("certificates.k8s.io", {"certificatesigningrequests/approval"}, {"update", "patch"})
	msg := sprintf("%s lets its subjects approve certificate signing requests (and mint client certificates): rules[%d] grants %s on %s.", [k8s.role_label, g.i, concat(", ", g.verbs), g.resource])
}
