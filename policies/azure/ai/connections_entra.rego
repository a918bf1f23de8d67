# METADATA
# title: AI Foundry / ML connections use Entra ID, not keys
# description: |
#   A connection that authenticates with an API key, account key, SAS token,
#   password or PAT stores a long-lived secret in the AI Foundry resource or
#   hub and lets every project user reach the target with it, without
#   per-identity authorization or audit. Connections should use Microsoft
#   Entra ID (AAD) or the account's managed identity.
# custom:
#   id: AZ-AI-012
#   severity: high
#   resource_types: [Microsoft.CognitiveServices/accounts/connections, Microsoft.CognitiveServices/accounts/projects/connections, Microsoft.MachineLearningServices/workspaces/connections, azurerm_cognitive_account_connection, azurerm_cognitive_account_project_connection, azurerm_cognitive_account_connection_api_key, azurerm_cognitive_account_connection_account_key, azurerm_cognitive_account_connection_custom_keys, azurerm_cognitive_account_project_connection_api_key, azurerm_cognitive_account_project_connection_account_key, azurerm_cognitive_account_project_connection_custom_keys]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Microsoft Entra ID should be used when connecting to data stores on Azure AI Foundry project
#   remediation:
#     terraform: >-
#       Replace the key-based connection with `azurerm_cognitive_account_connection_entra_id` / `azurerm_cognitive_account_project_connection_entra_id` (or `..._account_managed_identity`), or set `auth_type = "AAD"`, and grant the account's identity a data-plane role on the target.
#     arm: >-
#       Set `properties.authType` to `"AAD"` (or `"ManagedIdentity"`) and remove `properties.credentials`; grant the identity a data-plane role on the target.
#   since: 0.1.0
package posture.azure.ai.connections_entra

import data.posture.lib

key_auth_types := {"apikey", "accountkey", "customkeys", "accesskey", "sas", "usernamepassword", "pat"}

# Terraform resources that can only hold keys.
key_resources := {
	"azurerm_cognitive_account_connection_api_key": "an API key",
	"azurerm_cognitive_account_connection_account_key": "a storage account key",
	"azurerm_cognitive_account_connection_custom_keys": "custom keys",
	"azurerm_cognitive_account_project_connection_api_key": "an API key",
	"azurerm_cognitive_account_project_connection_account_key": "a storage account key",
	"azurerm_cognitive_account_project_connection_custom_keys": "custom keys",
}

# ARM (and azapi) connections.
deny contains {"msg": msg, "path": path} if {
	value := input.resource.properties.authType
	lower(value) in key_auth_types
	path := ["properties", "authType"]
	msg := sprintf("Connection %s authenticates with a stored secret instead of Entra ID: %s.", [
		lib.label,
		lib.found(path, ""),
	])
}

# The generic Terraform connection resources.
deny contains {"msg": msg, "path": ["auth_type"]} if {
	value := input.resource.auth_type
	lower(value) in key_auth_types
	input.type in {"azurerm_cognitive_account_connection", "azurerm_cognitive_account_project_connection"}
	msg := sprintf("Connection %s authenticates with a stored secret instead of Entra ID: auth_type = %q.", [lib.label, value])
}

deny contains {"msg": msg} if {
	what := key_resources[input.type]
	msg := sprintf("Connection %s (%s) authenticates with %s instead of Entra ID.", [lib.label, input.type, what])
}
