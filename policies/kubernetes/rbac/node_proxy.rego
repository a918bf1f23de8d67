# METADATA
# title: No access to the proxy subresource of nodes
# description: |
#   nodes/proxy reaches the kubelet API of every node: with it a subject can
#   run commands in any pod of the node (model servers and their GPU drivers
#   included), bypassing API server audit and admission.
# custom:
#   id: K8S-RBAC-006
#   severity: high
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.10"]
#   remediation:
#     kubernetes: >-
#       Remove `nodes/proxy` from the role; monitoring agents that need kubelet metrics should read `nodes/metrics` or `nodes/stats` instead.
#   fix:
#     none: the grant has to be removed from the role, and the subjects that need it given a narrower one
#   since: 0.2.0
package posture.kubernetes.rbac.node_proxy

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": ["rules", g.i, "resources", g.j]} if {
	some g in k8s.grants("", {"nodes/proxy"}, {"get", "create", "update", "patch", "delete", "list", "watch"})
	msg := sprintf("%s lets its subjects reach the kubelet API of every node (and run commands in any pod): rules[%d] grants %s on %s.", [k8s.role_label, g.i, concat(", ", g.verbs), g.resource])
}
