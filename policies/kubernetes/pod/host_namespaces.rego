# METADATA
# title: No host namespaces
# description: |
#   hostNetwork, hostPID and hostIPC put the pod in the node's network,
#   process or IPC namespace, which lets it sniff node traffic, inject into
#   other processes and reach services bound to localhost on the node.
# custom:
#   id: K8S-POD-002
#   severity: high
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-baseline: [Host Namespaces]
#     cis-kubernetes: ["5.2.3", "5.2.4", "5.2.5"]
#   defender: Kubernetes cluster containers should not share host namespaces
#   remediation:
#     kubernetes: >-
#       Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec (or set them to `false`).
#   fix:
#     kubernetes: {set: {hostNetwork: false, hostPID: false, hostIPC: false}}
#   since: 0.1.0
package posture.kubernetes.pod.host_namespaces

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": array.concat(k8s.pod_spec_path, [field])} if {
	some field in ["hostNetwork", "hostPID", "hostIPC"]
	k8s.pod_spec[field] == true
	msg := sprintf("%s shares the node's %s: %s: true.", [k8s.workload, shared[field], field])
}

shared := {
	"hostNetwork": "network namespace (its interfaces, and every port bound on them)",
	"hostPID": "PID namespace (it sees and can signal every process on the node)",
	"hostIPC": "IPC namespace (the node's shared memory)",
}
