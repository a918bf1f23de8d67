# METADATA
# title: Seccomp RuntimeDefault or Localhost set
# description: |
#   A seccomp profile filters the system calls a container may make and
#   blocks many kernel exploits. Without one, most runtimes run the
#   container Unconfined, so the Restricted profile requires RuntimeDefault
#   or Localhost explicitly.
# custom:
#   id: K8S-POD-009
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-restricted: [Seccomp]
#     cis-kubernetes: ["5.7.2"]
#   defender: Kubernetes cluster containers should only use allowed seccomp profiles
#   remediation:
#     kubernetes: >-
#       Set `securityContext.seccompProfile.type: RuntimeDefault` in the pod spec (it covers every container), or `Localhost` with a `localhostProfile`.
#   fix:
#     kubernetes: {set: {securityContext.seccompProfile.type: "RuntimeDefault"}}
#   since: 0.1.0
package posture.kubernetes.pod.seccomp

import data.posture.lib.kubernetes as k8s

allowed := {"RuntimeDefault", "Localhost"}

# Linux only: Windows pods (spec.os.name: windows) have no seccomp.

# A container sets a profile of its own that is not allowed.
deny contains {"msg": msg, "path": array.concat(k8s.sc_path(c, "seccompProfile"), ["type"])} if {
	some c in k8s.containers
	not k8s.is_windows
	k8s.container_sets(c, "seccompProfile")
	t := object.get(k8s.container_security_context(c).seccompProfile, "type", null)
	not t in allowed
	msg := sprintf("%s has no syscall filtering: securityContext.seccompProfile.type is %s.", [k8s.container_label(c), describe(t)])
}

# The pod-level profile is not allowed and containers inherit it.
deny contains {"msg": msg, "path": array.concat(k8s.pod_sc_path("seccompProfile"), ["type"])} if {
	not k8s.is_windows
	k8s.pod_sets("seccompProfile")
	t := object.get(k8s.pod_security_context.seccompProfile, "type", null)
	not t in allowed
	names := inheriting
	count(names) > 0
	msg := sprintf("%s has no syscall filtering: the pod securityContext.seccompProfile.type is %s, inherited by %s.", [k8s.workload, describe(t), concat(", ", names)])
}

# Set at neither level: Unconfined on most runtimes.
deny contains {"msg": msg, "path": array.concat(k8s.sc_path(c, "seccompProfile"), ["type"])} if {
	some c in k8s.containers
	not k8s.is_windows
	not k8s.container_sets(c, "seccompProfile")
	not k8s.pod_sets("seccompProfile")
	msg := sprintf("%s has no seccomp profile in the container nor in the pod securityContext (Unconfined on most runtimes).", [k8s.container_label(c)])
}

describe(null) := "not set"

describe(t) := k8s.show(t) if t != null

inheriting := sort([sprintf("%q", [object.get(c.container, "name", "")]) |
	some c in k8s.containers
	not k8s.container_sets(c, "seccompProfile")
])
