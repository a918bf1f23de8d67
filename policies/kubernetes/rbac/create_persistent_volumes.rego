# METADATA
# title: No create access to PersistentVolumes
# description: |
#   A PersistentVolume can be a hostPath volume: whoever creates one and a
#   claim bound to it mounts any directory of the node into a pod, past the
#   Pod Security admission that forbids hostPath in the pod itself.
# custom:
#   id: K8S-RBAC-005
#   severity: medium
#   resource_types: [rbac.authorization.k8s.io/Role, rbac.authorization.k8s.io/ClusterRole]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     cis-kubernetes: ["5.1.9"]
#   remediation:
#     kubernetes: >-
#       Remove `create` on `persistentvolumes`; provision volumes through StorageClasses and PersistentVolumeClaims, and leave PersistentVolume creation to cluster administrators.
#   fix:
#     none: the grant has to be removed from the role, and the subjects that need it given a narrower one
#   since: 0.2.0
package posture.kubernetes.rbac.create_persistent_volumes

import data.posture.lib.kubernetes as k8s

deny contains {"msg": msg, "path": ["rules", g.i, "resources", g.j]} if {
	some g in k8s.grants("", {"persistentvolumes"}, {"create"})
	msg := sprintf("%s lets its subjects create PersistentVolumes (hostPath ones mount the node's filesystem): rules[%d] grants %s on %s.", [k8s.role_label, g.i, concat(", ", g.verbs), g.resource])
}
