# METADATA
# title: Read-only root filesystem
# description: |
#   A writable root filesystem lets an intruder swap model files, drop tools
#   and persist in the container; with readOnlyRootFilesystem the writable
#   paths are only the volumes you mount.
# custom:
#   id: K8S-POD-012
#   severity: medium
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   defender: Kubernetes cluster containers should run with a read only root file system
#   remediation:
#     kubernetes: >-
#       Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where the process must write (/tmp, caches).
#   fix:
#     kubernetes: {set: {securityContext.readOnlyRootFilesystem: true}}
#   params:
#     init_containers: true
#   since: 0.1.0
package posture.kubernetes.pod.read_only_root

import data.posture.lib
import data.posture.lib.kubernetes as k8s

# init_containers (default true) also checks initContainers and
# ephemeralContainers; set it to false to check only the containers.
checked(c) if k8s.container_field(c) == "containers"

checked(c) if {
	k8s.container_field(c) != "containers"
	object.get(lib.params("K8S-POD-012"), "init_containers", true) != false
}

deny contains {"msg": msg, "path": blame(c, value)} if {
	some c in k8s.containers
	value := object.get(k8s.container_security_context(c), "readOnlyRootFilesystem", null)
	value != true
	checked(c)
	msg := sprintf("%s has a writable root filesystem: %s.", [k8s.container_label(c), describe(value)])
}

# blame is the field when the container sets it, else the container.
blame(c, null) := k8s.sc_path(c, "readOnlyRootFilesystem")

blame(c, v) := k8s.sc_path(c, "readOnlyRootFilesystem") if v != null

describe(null) := "securityContext.readOnlyRootFilesystem is not set (false by default)"

describe(v) := sprintf("securityContext.readOnlyRootFilesystem: %s", [k8s.show(v)]) if v != null
