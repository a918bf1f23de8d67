# METADATA
# title: Local (API key) authentication disabled on AI Services
# description: |
#   API keys are static shared secrets: they bypass Microsoft Entra ID,
#   Conditional Access and per-identity audit, and leaked Azure OpenAI keys are
#   a leading cause of AI incidents. With local authentication disabled, every
#   caller must present an Entra ID token.
# custom:
#   id: AZ-AI-003
#   severity: high
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure AI Services resources should have key access disabled (disable local authentication)
#   remediation:
#     terraform: >-
#       Set `local_auth_enabled = false` (on `azurerm_ai_services`, `local_authentication_enabled = false`) and grant callers the Cognitive Services OpenAI User role.
#     arm: >-
#       Set `"disableLocalAuth": true` in the account's `properties` and grant callers an Entra ID role such as Cognitive Services OpenAI User.
#   fix:
#     terraform:
#       set: {local_auth_enabled: false}
#     terraform/azurerm_ai_services:
#       set: {local_authentication_enabled: false}
#     arm:
#       set: {properties.disableLocalAuth: true}
#   since: 0.1.0
package posture.azure.ai.local_auth_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "disableLocalAuth"]
	object.get(input.resource, path, false) != true
	msg := sprintf("Cognitive Services account %s accepts API keys: %s.", [
		lib.label,
		lib.found(path, "keys are accepted by default"),
	])
}
