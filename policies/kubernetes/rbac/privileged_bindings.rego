# METADATA
# title: No cluster-admin or privileged-group bindings
# description: |
#   Binding cluster-admin to an application, or binding any role to
#   system:anonymous, system:unauthenticated, system:authenticated or
#   system:masters, hands the cluster to that subject, or to everyone who
#   can reach the API server.
# custom:
#   id: K8S-RBAC-002
#   severity: high
#   resource_types: [rbac.authorization.k8s.io/RoleBinding, rbac.authorization.k8s.io/ClusterRoleBinding]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.1"]
#   defender: Kubernetes clusters should ensure that the cluster-admin role is only used where required
#   remediation:
#     kubernetes: >-
#       Bind a role with only the permissions the subject needs, never `cluster-admin`, and never to `system:anonymous`, `system:unauthenticated`, `system:authenticated` or `system:masters`.
#   since: 0.1.0
package posture.kubernetes.rbac.privileged_bindings

import data.posture.lib.kubernetes as k8s

privileged_groups := {"system:anonymous", "system:unauthenticated", "system:authenticated", "system:masters"}

# Anyone who can reach the API server, without credentials.
unauthenticated := {"system:anonymous", "system:unauthenticated"}

role := object.get(input.resource, ["roleRef", "name"], "")

# cluster-admin bound to a subject that is not a system component.
deny contains {"msg": msg, "path": ["roleRef", "name"]} if {
	not k8s.system_binding
	role == "cluster-admin"
	object.get(input.resource.roleRef, "kind", "ClusterRole") == "ClusterRole"
	names := [sprintf("%s %q", [s.kind, s.name]) |
		some s in input.resource.subjects
		not system_subject(s)
	]
	count(names) > 0
	msg := sprintf("%s %q grants cluster-admin (full control of the cluster) to %s.", [input.resource.kind, input.name, concat(", ", names)])
}

# Any role bound to a privileged or anonymous group.
deny contains finding if {
	not k8s.system_binding
	some i, s in input.resource.subjects
	s.name in privileged_groups
	finding := object.union(
		{
			"msg": sprintf("%s %q grants %s %q to %s (subjects[%d]): %s.", [input.resource.kind, input.name, object.get(input.resource.roleRef, "kind", "role"), role, s.name, i, who[s.name]]),
			"path": ["subjects", i, "name"],
		},
		severity(s.name),
	)
}

who := {
	"system:anonymous": "every request without credentials",
	"system:unauthenticated": "every request without credentials",
	"system:authenticated": "every identity that can authenticate, in or outside the cluster",
	"system:masters": "a group that bypasses RBAC altogether",
}

severity(name) := {"severity": "critical"} if name in unauthenticated

else := {}

# system_subject: Kubernetes' own users, groups and the service accounts
# of kube-system.
system_subject(s) if startswith(object.get(s, "name", ""), "system:")

system_subject(s) if {
	s.kind == "ServiceAccount"
	s.namespace == "kube-system"
}
