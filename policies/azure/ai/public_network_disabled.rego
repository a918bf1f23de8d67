# METADATA
# title: AI Services account public network access disabled
# description: |
#   An Azure OpenAI, AI Services or other Cognitive Services account that accepts
#   traffic from public networks exposes its model endpoint to key theft,
#   prompt abuse and data exfiltration from anywhere. Private-endpoint-only
#   access is the Zero Trust target state for model endpoints.
# custom:
#   id: AZ-AI-002
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Configure Cognitive Services accounts to disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` (on `azurerm_ai_services`, `public_network_access = "Disabled"`) and reach the account through an `azurerm_private_endpoint`.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the account's `properties` (Bicep `publicNetworkAccess: 'Disabled'`) and reach it through a private endpoint.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     terraform/azurerm_ai_services: {set: {public_network_access: "Disabled"}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.ai.public_network_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "publicNetworkAccess"]
	value := object.get(input.resource, path, "Enabled")
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("Cognitive Services account %s accepts traffic from public networks: %s.", [
		lib.label,
		lib.found(path, "public network access is enabled by default"),
	])
}
