# METADATA
# title: AKS Kubernetes RBAC enabled
# description: |
#   Without Kubernetes RBAC, every authenticated identity is effectively
#   cluster-admin: any workload token or user can read every secret and
#   change every deployment of the cluster.
# custom:
#   id: AZ-AKS-001
#   severity: high
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   defender: Role-Based Access Control (RBAC) should be used on Kubernetes Services
#   remediation:
#     terraform: >-
#       Set `role_based_access_control_enabled = true` (or remove it; the default is true). RBAC can only be chosen when the cluster is created.
#     arm: >-
#       Set `"enableRBAC": true` in the cluster's `properties` (or leave it out; the default is true).
#   fix:
#     terraform: {set: {role_based_access_control_enabled: true}}
#     arm: {set: {properties.enableRBAC: true}}
#   since: 0.1.0
package posture.azure.aks.rbac_enabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	input.resource.properties.enableRBAC == false
	path := ["properties", "enableRBAC"]
	msg := sprintf("AKS cluster %s has Kubernetes RBAC disabled, so every authenticated identity is cluster-admin: %s.", [
		lib.label,
		lib.found(path, ""),
	])
}
