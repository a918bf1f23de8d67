# METADATA
# title: No wildcards in Role and ClusterRole rules
# description: |
#   A * in verbs, resources or apiGroups grants every current and future
#   resource and verb, escalate, bind and impersonate included, far beyond
#   what the workload was meant to get.
# custom:
#   id: K8S-RBAC-001
#   severity: high
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.3"]
#   defender: Kubernetes clusters should minimize wildcard use in role and cluster role
#   remediation:
#     kubernetes: >-
#       List the exact `apiGroups`, `resources` and `verbs` the subject needs instead of `*`.
#   since: 0.1.0
package posture.kubernetes.rbac.wildcards

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": ["rules", i, field, j]} if {
	not k8s.system_role
	some i, rule in input.resource.rules
	some field in ["verbs", "resources", "apiGroups"]
	some j, v in rule[field]
	v == "*"
	msg := sprintf("%s %q grants every %s: rules[%d].%s contains \"*\".", [input.resource.kind, input.name, noun[field], i, field])
}

noun := {"verbs": "verb", "resources": "resource", "apiGroups": "API group"}
