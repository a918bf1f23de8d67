# METADATA
# title: High business impact (HBI) flag set for sensitive workspaces
# description: |
#   The high business impact flag reduces the diagnostic data Microsoft
#   collects from the workspace and encrypts the local scratch disks of its
#   compute. It can only be set when the workspace is created. The service
#   sets it on hubs that use a customer-managed key.
# custom:
#   id: AZ-ML-004
#   severity: low
#   resource_types: [Microsoft.MachineLearningServices/workspaces]
#   formats: [terraform, arm]
#   control: Implement security best practices
#   compliance:
#     mcsb: [DP-4]
#   remediation:
#     terraform: >-
#       Set `high_business_impact = true` on `azurerm_machine_learning_workspace` (`high_business_impact_enabled = true` on `azurerm_ai_foundry`) when the workspace is created.
#     arm: >-
#       Set `"hbiWorkspace": true` in the workspace's `properties` when it is created.
#   fix:
#     terraform: {set: {high_business_impact: true}}
#     terraform/azurerm_ai_foundry: {set: {high_business_impact_enabled: true}}
#     terraform/azurerm_ai_foundry_project: {set: {high_business_impact_enabled: true}}
#     arm: {set: {properties.hbiWorkspace: true}}
#   since: 0.1.0
package posture.azure.ml.high_business_impact

import data.posture.lib
import data.posture.lib.azure_ai

path := ["properties", "hbiWorkspace"]

# A hub with a customer-managed key gets the flag from the service.
set_by_service if {
	lib.eq_ci(input.resource.kind, "Hub")
	not azure_ai.declared(path)
	lib.eq_ci(input.resource.properties.encryption.status, "Enabled")
}

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	not azure_ai.inherited(path)
	not set_by_service
	msg := sprintf("%s %s is not flagged high business impact: %s.", [
		azure_ai.ws_noun,
		lib.label,
		lib.found(path, "false by default"),
	])
}
