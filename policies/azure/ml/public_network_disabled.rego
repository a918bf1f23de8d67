# METADATA
# title: ML workspace / Foundry hub public network access disabled
# description: |
#   Workspace and hub APIs expose datasets, models, job submission and the
#   secrets of the linked Key Vault. Public network access lets anyone who
#   obtains a token reach them from any network; private endpoints only
#   should be used. Foundry projects inherit the setting from their hub.
# custom:
#   id: AZ-ML-001
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Machine Learning Workspaces should disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` on `azurerm_machine_learning_workspace` (`public_network_access = "Disabled"` on `azurerm_ai_foundry`) and reach it through a private endpoint.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the workspace's `properties` and reach it through a private endpoint.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     terraform/azurerm_ai_foundry: {set: {public_network_access: "Disabled"}}
#     terraform/azurerm_ai_foundry_project: {set: {public_network_access: "Disabled"}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.ml.public_network_disabled

import data.posture.lib
import data.posture.lib.azure_ai

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "publicNetworkAccess"]
	not lib.eq_ci(object.get(input.resource, path, "Enabled"), "Disabled")
	not azure_ai.inherited(path)
	msg := sprintf("%s %s accepts traffic from public networks: %s.", [
		azure_ai.ws_noun,
		lib.label,
		lib.found(path, "public network access is enabled by default"),
	])
}
