# METADATA
# title: Default datastores use identity-based access, not storage keys
# description: |
#   With key-based system datastores the workspace keeps the storage account
#   key and every workspace user reads and writes the default storage with
#   it, without per-identity authorization or audit. Identity-based access
#   uses the workspace identity and the user's Entra ID token.
# custom:
#   id: AZ-ML-006
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Microsoft Entra ID should be used when connecting Azure AI Foundry to default storage account
#   remediation:
#     terraform: >-
#       Set `storage_account_access_type = "identity"` on `azurerm_machine_learning_workspace` (for `azurerm_ai_foundry`, set `properties.systemDatastoresAuthMode = "identity"` with `azapi_update_resource`) and grant the workspace identity Storage Blob Data Contributor.
#     arm: >-
#       Set `"systemDatastoresAuthMode": "identity"` in the workspace's `properties` and grant its identity Storage Blob Data Contributor on the storage account.
#   fix:
#     terraform: {set: {storage_account_access_type: "identity"}}
#     arm: {set: {properties.systemDatastoresAuthMode: "identity"}}
#   since: 0.1.0
package posture.azure.ml.datastore_identity

import data.posture.lib
import data.posture.lib.azure_ai

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "systemDatastoresAuthMode"]
	lib.eq_ci(object.get(input.resource, path, "accessKey"), "accessKey")
	not azure_ai.inherited(path)
	msg := sprintf("%s %s reaches its default storage with the storage account key: %s.", [
		azure_ai.ws_noun,
		lib.label,
		lib.found(path, "access keys by default"),
	])
}
