# METADATA
# title: Only Restricted volume types
# description: |
#   Volume plugins outside the core set (hostPath, nfs, iscsi, rbd, cephfs,
#   flexVolume, cloud disks by id and the like) reach node or cloud
#   resources directly and can expose their credentials; the Restricted
#   profile allows only the core types.
# custom:
#   id: K8S-POD-011
#   severity: low
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate]
#   formats: [kubernetes]
#   control: Remediate security configurations
#   compliance:
#     pss-restricted: [Volume Types]
#   defender: Kubernetes cluster pods should only use allowed volume types
#   remediation:
#     kubernetes: >-
#       Use only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret volumes; reach other storage through a PersistentVolumeClaim.
#   since: 0.1.0
package posture.kubernetes.pod.volume_types

import data.posture.lib.kubernetes as k8s

allowed := {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}

deny contains {"msg": msg, "path": array.concat(k8s.pod_spec_path, ["volumes", i, t])} if {
	some i, v in k8s.pod_spec.volumes
	some t, source in v
	t != "name"
	source != null
	not t in allowed
	msg := sprintf("%s mounts volume %q of type %s, which is not a Restricted volume type.", [k8s.workload, object.get(v, "name", ""), t])
}
