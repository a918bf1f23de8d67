# METADATA
# title: Key Vault keys and secrets have an expiration date
# description: |
#   API keys, connection strings and encryption keys stored without an
#   expiry are never forced through rotation: a leaked value stays valid
#   indefinitely. An expiration date bounds the exposure and drives
#   rotation.
# custom:
#   id: AZ-KV-005
#   severity: medium
#   resource_types: [Microsoft.KeyVault/vaults/keys, Microsoft.KeyVault/vaults/secrets]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-6]
#     cis-azure: ["3.3.1", "3.3.2", "3.3.3", "3.3.4"]
#   defender: Key Vault keys should have an expiration date; Key Vault secrets should have an expiration date
#   remediation:
#     terraform: >-
#       Set `expiration_date` (RFC 3339, e.g. `"2027-01-01T00:00:00Z"`) on `azurerm_key_vault_key` and `azurerm_key_vault_secret`, and rotate before it; for keys, a `rotation_policy` can renew it.
#     arm: >-
#       Set `"attributes": { "exp": <Unix seconds> }` in the key's or secret's `properties`.
#   fix:
#     none: >-
#       the expiration date is a rotation decision, not a default
#   since: 0.1.0
package posture.azure.keyvault.expiration

import data.posture.lib

kinds := {
	"Microsoft.KeyVault/vaults/keys": "key",
	"Microsoft.KeyVault/vaults/secrets": "secret",
}

deny contains {"msg": msg, "path": path} if {
	kind := kinds[input.type]
	path := ["properties", "attributes", "exp"]
	not lib.has_value(path)
	msg := sprintf("Key Vault %s %s never expires: %s.", [
		kind, lib.label,
		lib.found(path, "no expiration date"),
	])
}
