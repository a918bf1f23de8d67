# METADATA
# title: No hostPort
# description: |
#   A hostPort binds the container port on the node's IP address: the pod is
#   reachable from outside the cluster network, past Services and
#   NetworkPolicies, and it pins scheduling to nodes where the port is free.
# custom:
#   id: K8S-POD-004
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-baseline: [Host Ports]
#     cis-kubernetes: ["5.2.13"]
#   defender: Kubernetes cluster pods should only use approved host network and port list
#   remediation:
#     kubernetes: >-
#       Remove `hostPort` from the container's `ports` (or set it to `0`) and expose the port through a Service.
#   since: 0.1.0
package posture.kubernetes.pod.host_port

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": array.concat(c.path, ["ports", i, "hostPort"])} if {
	some c in k8s.containers
	some i, port in c.container.ports
	hp := port.hostPort
	hp != null
	hp != 0
	msg := sprintf("%s binds port %v on the node%s (ports[%d].hostPort: %v).", [k8s.container_label(c), hp, forwarded(port), i, hp])
}

# forwarded says where a node port leads when it is not the same number.
forwarded(port) := sprintf(" to its port %v", [port.containerPort]) if {
	port.containerPort != port.hostPort
} else := ""
