# RBAC grant helpers for the Kubernetes policies (same package as the pod
# model): the rules of a Role or ClusterRole that grant given verbs on
# given resources, for the CIS Kubernetes 5.1 controls that each name a
# resource (pods, persistentvolumes, nodes/proxy, ...).
package posture.lib.kubernetes

# grants(group, resources, verbs) are the grants of this Role or
# ClusterRole of one of verbs ("*" included: a rule with verbs ["*"]
# grants them all) on one of resources of API group group ("" is the core
# group; a rule with apiGroups ["*"] covers it): {"i", "j", "resource",
# "verbs"}, rules[i].resources[j] being the resource. A wildcard resource
# is K8S-RBAC-001's finding, not one of these. Roles Kubernetes manages
# itself (system_role) grant nothing here.
grants(group, resources, verbs) := {g |
	not system_role
	some i, rule in input.resource.rules
	_covers_group(rule, group)
	some j, res in rule.resources
	res in resources
	granted := [v | some v in rule.verbs; _verb_in(v, verbs)]
	count(granted) > 0
	g := {"i": i, "j": j, "resource": res, "verbs": granted}
}

_covers_group(rule, group) if group in object.get(rule, "apiGroups", [])

_covers_group(rule, _) if "*" in object.get(rule, "apiGroups", [])

_verb_in("*", _)

_verb_in(v, verbs) if v in verbs

# role_label names this Role or ClusterRole for messages:
# ClusterRole "ci-deployer".
role_label := sprintf("%s %q", [object.get(input.resource, "kind", input.type), input.name])
