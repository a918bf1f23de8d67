# METADATA
# title: Drop ALL capabilities (add back only NET_BIND_SERVICE)
# description: |
#   The runtime's default capability set includes NET_RAW, SETUID, CHOWN and
#   more, which most workloads never need; the Restricted profile drops them
#   all and allows only NET_BIND_SERVICE back.
# custom:
#   id: K8S-POD-010
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-restricted: [Capabilities]
#     cis-kubernetes: ["5.2.8", "5.2.10"]
#   defender: Kubernetes clusters should not use specific security capabilities
#   remediation:
#     kubernetes: >-
#       Set `securityContext.capabilities.drop: [ALL]` in every container and add back at most `NET_BIND_SERVICE`.
#   fix:
#     kubernetes: {add: {securityContext.capabilities.drop: [ALL]}}
#   since: 0.1.0
package posture.kubernetes.pod.drop_capabilities

import data.posture.lib.kubernetes as k8s

# Linux only: Windows pods (spec.os.name: windows) have no capabilities.
deny contains {"msg": msg, "path": blame(c, drop)} if {
	some c in k8s.containers
	not k8s.is_windows
	drop := object.get(k8s.container_security_context(c), ["capabilities", "drop"], null)
	not drops_all(drop)
	msg := sprintf("%s keeps the runtime's default capabilities: %s.", [k8s.container_label(c), describe(drop)])
}

deny contains {"msg": msg, "path": array.concat(k8s.sc_path(c, "capabilities"), ["add", i])} if {
	some c in k8s.containers
	not k8s.is_windows
	some i, cap in k8s.container_security_context(c).capabilities.add
	cap != "NET_BIND_SERVICE"
	msg := sprintf("%s adds the capability %s (securityContext.capabilities.add[%d]); only NET_BIND_SERVICE may be added back.", [k8s.container_label(c), k8s.show(cap), i])
}

drops_all(drop) if "ALL" in drop

# blame is the drop list when the container sets one, else the container.
blame(c, null) := array.concat(k8s.sc_path(c, "capabilities"), ["drop"])

blame(c, drop) := array.concat(k8s.sc_path(c, "capabilities"), ["drop"]) if drop != null

describe(null) := "securityContext.capabilities.drop is not set (it should be [ALL])"

describe(drop) := sprintf("securityContext.capabilities.drop is %s, without ALL", [k8s.show(drop)]) if drop != null
