# METADATA
# title: AKS Microsoft Entra ID integration with Azure RBAC
# description: |
#   Cluster access must go through Microsoft Entra ID so that MFA,
#   Conditional Access and PIM apply to kubectl. Without the integration
#   only client certificates and local accounts authenticate; without Azure
#   RBAC for Kubernetes authorization, access is managed in per-cluster
#   role bindings instead of Azure role assignments (a milder finding).
# custom:
#   id: AZ-AKS-002
#   severity: high
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure Kubernetes Service Clusters should enable Microsoft Entra ID integration
#   remediation:
#     terraform: >-
#       Add `azure_active_directory_role_based_access_control { azure_rbac_enabled = true, admin_group_object_ids = [...] }`.
#     arm: >-
#       Set `"aadProfile": { "managed": true, "enableAzureRBAC": true, "adminGroupObjectIDs": [...] }` in the cluster's `properties`.
#   since: 0.1.0
package posture.azure.aks.entra_integration

import data.posture.lib
import data.posture.lib.azure

profile := ["properties", "aadProfile"]

# The Terraform block whose presence sets the profile, for messages.
shown := ["properties", "aadProfile", "managed"] if input.names["properties.aadProfile.managed"]

else := profile

deny contains {"msg": msg, "path": profile, "status": azure.aks_sku_status} if {
	not lib.has_value(profile)
	not azure.aks_automatic
	msg := sprintf("AKS cluster %s is not integrated with Microsoft Entra ID: %s.", [
		lib.label,
		lib.found(shown, azure.aks_standard_default("no Entra ID integration")),
	])
}

deny contains {"msg": msg, "path": path, "severity": "medium", "status": azure.aks_sku_status} if {
	is_object(input.resource.properties.aadProfile)
	not azure.aks_automatic
	path := ["properties", "aadProfile", "enableAzureRBAC"]
	object.get(input.resource, path, false) != true
	msg := sprintf("AKS cluster %s uses Entra ID authentication but not Azure RBAC for Kubernetes authorization: %s.", [
		lib.label,
		lib.found(path, azure.aks_standard_default("off by default")),
	])
}
