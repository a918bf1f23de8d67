# METADATA
# title: AKS local accounts disabled
# description: |
#   The local clusterAdmin kubeconfig bypasses Microsoft Entra ID: it is a
#   static credential that anyone with the listClusterAdminCredential
#   action can fetch, and its use cannot be attributed to a person.
# custom:
#   id: AZ-AKS-003
#   severity: high
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure Kubernetes Service Clusters should have local authentication methods disabled
#   remediation:
#     terraform: >-
#       Set `local_account_disabled = true` (requires Entra ID integration).
#     arm: >-
#       Set `"disableLocalAccounts": true` in the cluster's `properties` (requires `aadProfile`).
#   fix:
#     terraform: {set: {local_account_disabled: true}}
#     arm: {set: {properties.disableLocalAccounts: true}}
#   since: 0.1.0
package posture.azure.aks.local_accounts_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "disableLocalAccounts"]
	object.get(input.resource, path, false) != true
	msg := sprintf("AKS cluster %s keeps local accounts (the static clusterAdmin kubeconfig): %s.", [
		lib.label,
		lib.found(path, "local accounts are enabled by default"),
	])
}
