# METADATA
# title: Cosmos DB local (key) authentication disabled
# description: |
#   Cosmos DB primary keys give full read and write access to conversation
#   history and vector data, bypassing Entra ID and per-identity audit.
#   With local authentication disabled, every client must use an Entra ID
#   identity and data-plane RBAC.
# custom:
#   id: AZ-COS-001
#   severity: high
#   resource_types: [Microsoft.DocumentDB/databaseAccounts]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Cosmos DB database accounts should have local authentication methods disabled
#   remediation:
#     terraform: >-
#       Set `local_authentication_enabled = false` (azurerm v5; v3/v4: `local_authentication_disabled = true`) and grant clients Cosmos DB data-plane roles.
#     arm: >-
#       Set `"disableLocalAuth": true` in the account's `properties` and grant clients Cosmos DB data-plane roles.
#   fix:
#     arm: {set: {properties.disableLocalAuth: true}}
#   since: 0.1.0
package posture.azure.cosmos.local_auth_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "disableLocalAuth"]
	object.get(input.resource, path, false) != true
	msg := sprintf("Cosmos DB account %s accepts its primary keys: %s.", [
		lib.label,
		lib.found(path, "keys are accepted by default"),
	])
}
