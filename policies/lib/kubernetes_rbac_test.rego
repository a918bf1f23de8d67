package posture.lib.kubernetes_rbac_test

import data.posture.lib.kubernetes as k8s

role(rules) := {"type": "rbac.authorization.k8s.io/ClusterRole", "name": "r", "resource": {"kind": "ClusterRole", "rules": rules}}

test_grants if {
	r := role([
		{"apiGroups": [""], "resources": ["configmaps", "pods"], "verbs": ["get", "create"]},
		{"apiGroups": ["*"], "resources": ["pods"], "verbs": ["*"]},
		{"apiGroups": ["apps"], "resources": ["pods"], "verbs": ["create"]},
		{"apiGroups": [""], "resources": ["*"], "verbs": ["create"]},
	])
	k8s.grants("", {"pods"}, {"create"}) == {
		{"i": 0, "j": 1, "resource": "pods", "verbs": ["create"]},
		{"i": 1, "j": 0, "resource": "pods", "verbs": ["*"]},
	} with input as r
}

test_no_grants_from_system_roles if {
	r := object.union(role([{"apiGroups": [""], "resources": ["pods"], "verbs": ["create"]}]), {"name": "system:controller:job-controller"})
	count(k8s.grants("", {"pods"}, {"create"})) == 0 with input as r
}
