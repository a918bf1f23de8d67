# METADATA
# title: No hostPath volumes
# description: |
#   A hostPath volume mounts the node's filesystem into the pod: the
#   container runtime socket, kubelet credentials or /etc hand the node (and
#   every workload on it) to whoever controls the container.
# custom:
#   id: K8S-POD-003
#   severity: high
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-baseline: [HostPath Volumes]
#     cis-kubernetes: ["5.2.12"]
#   defender: Kubernetes cluster pod hostPath volumes should only use allowed host paths
#   remediation:
#     kubernetes: >-
#       Replace the `hostPath` volume with an `emptyDir`, a `configMap`/`secret`, a PersistentVolumeClaim or a CSI volume; never mount the container runtime socket, `/`, `/etc` or `/var/lib/kubelet`.
#   since: 0.1.0
package posture.kubernetes.pod.host_path

import data.posture.lib.kubernetes as k8s

deny contains finding if {
	some i, v in k8s.pod_spec.volumes
	hp := v.hostPath
	hp != null
	host := object.get(hp, "path", "")
	finding := object.union(
		{
			"msg": sprintf("%s mounts the node path %q through hostPath volume %q%s.", [k8s.workload, host, object.get(v, "name", ""), why(host)]),
			"path": array.concat(k8s.pod_spec_path, ["volumes", i, "hostPath", "path"]),
		},
		severity(host),
	)
}

# Container runtime sockets and the directories that hold them.
runtime_sockets := {"docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock", "dockershim.sock"}

runtime_dirs := {
	"/run", "/var/run",
	"/run/containerd", "/var/run/containerd",
	"/run/crio", "/var/run/crio",
	"/run/docker", "/var/run/docker",
	"/var/lib/docker", "/var/lib/containerd",
}

# sensitive_trees are node directories whose content (or any path below
# them) gives away the node.
sensitive_trees := {"/etc", "/var/lib/kubelet", "/etc/kubernetes", "/root", "/proc", "/sys", "/dev", "/boot"}

normalize(p) := "/" if {
	trim_right(p, "/") == ""
} else := trim_right(p, "/")

socket(p) if {
	parts := split(normalize(p), "/")
	parts[count(parts) - 1] in runtime_sockets
}

critical_path(p) if normalize(p) == "/"

critical_path(p) if socket(p)

critical_path(p) if normalize(p) in runtime_dirs

critical_path(p) if {
	some t in sensitive_trees
	n := normalize(p)
	n == t
}

critical_path(p) if {
	some t in sensitive_trees
	startswith(normalize(p), concat("", [t, "/"]))
}

severity(p) := {"severity": "critical"} if critical_path(p)

else := {}

why(p) := " (the whole node filesystem)" if normalize(p) == "/"

else := " (the container runtime socket: control of every container on the node)" if socket(p)

else := " (a node system path: host credentials and configuration)" if critical_path(p)

else := ""
