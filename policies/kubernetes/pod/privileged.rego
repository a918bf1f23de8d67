# METADATA
# title: No privileged containers
# description: |
#   A privileged container runs with every capability and the host's
#   devices: it is root on the node, GPU nodes included, and can escape to
#   every other workload scheduled there.
# custom:
#   id: K8S-POD-001
#   severity: critical
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-baseline: [Privileged Containers]
#     cis-kubernetes: ["5.2.2"]
#     mcsb: [PV-2]
#   defender: Kubernetes cluster should not allow privileged containers
#   remediation:
#     kubernetes: >-
#       Remove `securityContext.privileged` from the container or set it to `false`; grant only the specific capabilities it needs.
#   fix:
#     kubernetes: {set: {securityContext.privileged: false}}
#   since: 0.1.0
package posture.kubernetes.pod.privileged

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": array.concat(c.path, ["securityContext", "privileged"])} if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
	msg := sprintf("%s runs privileged (securityContext.privileged: true).", [k8s.container_label(c)])
}
