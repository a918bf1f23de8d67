# METADATA
# title: Run as non-root (runAsNonRoot true, runAsUser not 0)
# description: |
#   Root in the container is one kernel or runtime bug away from root on the
#   node. Without runAsNonRoot: true the image's USER decides, and most
#   images run as root.
# custom:
#   id: K8S-POD-008
#   severity: high
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-restricted: [Running as Non-root, Running as Non-root user]
#     cis-kubernetes: ["5.2.7"]
#   defender: Kubernetes cluster pods and containers should only run with approved user and group IDs
#   remediation:
#     kubernetes: >-
#       Set `securityContext.runAsNonRoot: true` in the pod spec (or in every container) and a non-zero `runAsUser`; never set `runAsUser: 0`.
#   fix:
#     kubernetes: {set: {securityContext.runAsNonRoot: true}}
#   since: 0.1.0
package posture.kubernetes.pod.run_as_non_root

import data.posture.lib.kubernetes as k8s

# A container that sets runAsNonRoot itself, to anything but true.
deny contains {"msg": msg, "path": k8s.sc_path(c, "runAsNonRoot")} if {
	some c in k8s.containers
	k8s.container_sets(c, "runAsNonRoot")
	value := k8s.container_security_context(c).runAsNonRoot
	value != true
	msg := sprintf("%s may run as root: securityContext.runAsNonRoot: %s.", [k8s.container_label(c), k8s.show(value)])
}

# The pod level sets it to anything but true and containers inherit it.
deny contains {"msg": msg, "path": k8s.pod_sc_path("runAsNonRoot")} if {
	k8s.pod_sets("runAsNonRoot")
	value := k8s.pod_security_context.runAsNonRoot
	value != true
	names := inheriting
	count(names) > 0
	msg := sprintf("%s may run as root: the pod securityContext.runAsNonRoot is %s, inherited by %s.", [k8s.workload, k8s.show(value), concat(", ", names)])
}

# Set at neither level: the image's USER decides. The finding blames the
# absent field, which the engine locates at the nearest block the container
# declares (its securityContext, else the container).
deny contains {"msg": msg, "path": k8s.sc_path(c, "runAsNonRoot")} if {
	some c in k8s.containers
	not k8s.container_sets(c, "runAsNonRoot")
	not k8s.pod_sets("runAsNonRoot")
	msg := sprintf("%s may run as root: securityContext.runAsNonRoot is set neither in the container nor in the pod (the image's USER decides).", [k8s.container_label(c)])
}

# runAsUser 0 at either level.
deny contains {"msg": msg, "path": k8s.sc_path(c, "runAsUser")} if {
	some c in k8s.containers
	k8s.container_security_context(c).runAsUser == 0
	msg := sprintf("%s runs as root: securityContext.runAsUser: 0.", [k8s.container_label(c)])
}

deny contains {"msg": msg, "path": k8s.pod_sc_path("runAsUser")} if {
	k8s.pod_security_context.runAsUser == 0
	msg := sprintf("%s runs as root: the pod securityContext.runAsUser is 0.", [k8s.workload])
}

inheriting := sort([sprintf("%q", [object.get(c.container, "name", "")]) |
	some c in k8s.containers
	not k8s.container_sets(c, "runAsNonRoot")
])
