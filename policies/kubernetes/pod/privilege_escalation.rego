# METADATA
# title: allowPrivilegeEscalation explicitly false
# description: |
#   Unless allowPrivilegeEscalation is false, a process in the container can
#   gain more privileges than its parent (setuid binaries, file
#   capabilities) and regain root; the field defaults to allowing it, so it
#   must be set explicitly.
# custom:
#   id: K8S-POD-007
#   severity: high
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-restricted: [Privilege Escalation]
#     cis-kubernetes: ["5.2.6"]
#   defender: Kubernetes clusters should not allow container privilege escalation
#   remediation:
#     kubernetes: >-
#       Set `securityContext.allowPrivilegeEscalation: false` in every container (containers, initContainers and ephemeralContainers).
#   fix:
#     kubernetes: {set: {securityContext.allowPrivilegeEscalation: false}}
#   since: 0.1.0
package posture.kubernetes.pod.privilege_escalation

import data.posture.lib.kubernetes as k8s

# Linux only: Windows pods (spec.os.name: windows) have no such control.
deny contains {"msg": msg, "path": blame(c, value)} if {
	some c in k8s.containers
	not k8s.is_windows
	value := object.get(k8s.container_security_context(c), "allowPrivilegeEscalation", null)
	value != false
	msg := sprintf("%s allows privilege escalation: %s.", [k8s.container_label(c), describe(value)])
}

# blame is the field when the container sets it, else the container.
blame(c, null) := k8s.sc_path(c, "allowPrivilegeEscalation")

blame(c, v) := k8s.sc_path(c, "allowPrivilegeEscalation") if v != null

describe(null) := "securityContext.allowPrivilegeEscalation is not set (escalation is allowed by default)"

describe(v) := sprintf("securityContext.allowPrivilegeEscalation: %s", [k8s.show(v)]) if v != null
