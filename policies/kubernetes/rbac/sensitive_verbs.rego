# METADATA
# title: No secret-read, exec, escalate, bind or impersonate grants
# description: |
#   Reading Secrets, exec or attach into pods, and the escalate, bind and
#   impersonate verbs let an AI application's service account read every
#   credential of the namespace or make itself admin.
# custom:
#   id: K8S-RBAC-003
#   severity: high
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.2"]
#   remediation:
#     kubernetes: >-
#       Remove `get`/`list`/`watch` on `secrets` (mount the one Secret the pod needs instead), `create` on `pods/exec` and `pods/attach`, and the `escalate`, `bind` and `impersonate` verbs from the role.
#   since: 0.1.0
package posture.kubernetes.rbac.sensitive_verbs

import data.posture.lib.kubernetes as k8s

# core holds for a rule that covers the core API group.
core(rule) if "" in rule.apiGroups

core(rule) if "*" in rule.apiGroups

read_verbs := {"get", "list", "watch", "*"}

# Secrets readable.
deny contains {"msg": msg, "path": ["rules", i, "resources", j]} if {
	not k8s.system_role
	some i, rule in input.resource.rules
	core(rule)
	some j, res in rule.resources
	res in {"secrets", "*"}
	verbs := [v | some v in rule.verbs; v in read_verbs]
	count(verbs) > 0
	not named_only(rule)
	msg := sprintf("%s %q lets its subjects read Secrets: rules[%d] grants %s on %s.", [input.resource.kind, input.name, i, concat(", ", verbs), res])
}

# A rule restricted to resourceNames reads only those Secrets: still a
# grant, but of the named ones only.
deny contains {"msg": msg, "path": ["rules", i, "resourceNames"]} if {
	not k8s.system_role
	some i, rule in input.resource.rules
	core(rule)
	some res in rule.resources
	res in {"secrets", "*"}
	verbs := [v | some v in rule.verbs; v in read_verbs]
	count(verbs) > 0
	named_only(rule)
	msg := sprintf("%s %q lets its subjects read the Secrets %s: rules[%d] grants %s on %s.", [input.resource.kind, input.name, concat(", ", rule.resourceNames), i, concat(", ", verbs), res])
}

named_only(rule) if count(object.get(rule, "resourceNames", [])) > 0

# exec and attach into pods.
deny contains {"msg": msg, "path": ["rules", i, "resources", j]} if {
	not k8s.system_role
	some i, rule in input.resource.rules
	core(rule)
	some j, res in rule.resources
	res in {"pods/exec", "pods/attach"}
	some v in rule.verbs
	v in {"create", "*"}
	msg := sprintf("%s %q lets its subjects run commands in pods: rules[%d] grants %s on %s.", [input.resource.kind, input.name, i, v, res])
}

# Privilege-escalation verbs.
deny contains {"msg": msg, "path": ["rules", i, "verbs", j]} if {
	not k8s.system_role
	some i, rule in input.resource.rules
	some j, v in rule.verbs
	v in {"escalate", "bind", "impersonate"}
	msg := sprintf("%s %q grants the %s verb (rules[%d].verbs[%d]): %s.", [input.resource.kind, input.name, v, i, j, why[v]])
}

why := {
	"escalate": "its subjects can edit roles to grant permissions they do not have",
	"bind": "its subjects can bind any role, cluster-admin included",
	"impersonate": "its subjects can act as any user, group or service account",
}
