# METADATA
# title: Dedicated service account (not default)
# description: |
#   Every pod of a namespace that names no service account runs as the
#   namespace's default one, which accumulates the permissions granted for
#   every workload there. Give each workload its own service account and
#   grant nothing to default.
# custom:
#   id: K8S-SA-002
#   severity: low
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate, rbac.authorization.k8s.io/RoleBinding, rbac.authorization.k8s.io/ClusterRoleBinding]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.5"]
#   remediation:
#     kubernetes: >-
#       Create a ServiceAccount for the workload and set `serviceAccountName` in the pod spec; bind roles to that account, never to `default`.
#   since: 0.1.0
package posture.kubernetes.serviceaccount.default_account

import data.posture.lib.kubernetes as k8s

# Workloads: serviceAccountName (or the deprecated serviceAccount) absent,
# empty or default.
deny contains {"msg": msg, "path": blame} if {
	k8s.pod_spec
	name := account
	name == "default"
	msg := sprintf("%s runs as the namespace's default service account: %s.", [k8s.workload, describe])
}

field := "serviceAccountName" if {
	k8s.pod_spec.serviceAccountName
} else := "serviceAccount" if {
	k8s.pod_spec.serviceAccount
} else := ""

account := k8s.pod_spec[field] if {
	field != ""
	is_string(k8s.pod_spec[field])
	k8s.pod_spec[field] != ""
} else := "default"

blame := array.concat(k8s.pod_spec_path, [field]) if field != ""

else := k8s.pod_spec_path

describe := sprintf("%s: %s", [field, k8s.show(k8s.pod_spec[field])]) if field != ""

else := "serviceAccountName is not set"

# Bindings: a ServiceAccount subject named default.
deny contains {"msg": msg, "path": ["subjects", i, "name"]} if {
	input.type in {"rbac.authorization.k8s.io/RoleBinding", "rbac.authorization.k8s.io/ClusterRoleBinding"}
	some i, s in input.resource.subjects
	s.kind == "ServiceAccount"
	s.name == "default"
	msg := sprintf("%s %q grants %s %q to the default service account of namespace %q (subjects[%d]); every pod there that names no service account gets it.", [input.resource.kind, input.name, object.get(input.resource.roleRef, "kind", "role"), object.get(input.resource.roleRef, "name", ""), object.get(s, "namespace", namespace_or_unset), i])
}

namespace_or_unset := k8s.namespace if k8s.namespace != ""

else := "(not set)"
