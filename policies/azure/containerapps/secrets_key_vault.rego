# METADATA
# title: Container app secrets come from Key Vault
# description: |
#   A secret whose value is written in the template or configuration lives
#   in source control, state files and deployment history. A Key Vault
#   reference keeps it in the vault, read with the app's managed identity.
# custom:
#   id: AZ-CA-006
#   severity: medium
#   resource_types: [Microsoft.App/containerApps]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   remediation:
#     terraform: >-
#       Replace `value` with `key_vault_secret_id` and `identity` in the `secret` block.
#     arm: >-
#       Replace `value` with `keyVaultUrl` and `identity` in the entry of `properties.configuration.secrets`.
#   since: 0.2.0
package posture.azure.containerapps.secrets_key_vault

import data.posture.lib

secrets := ["properties", "configuration", "secrets"]

deny contains {"msg": msg, "path": path} if {
	some i, s in object.get(input.resource, secrets, [])
	s.value != null
	not s.keyVaultUrl
	path := array.concat(secrets, [i, "value"])
	msg := sprintf("Container app %s keeps the value of secret %q in its configuration instead of Key Vault.", [lib.label, object.get(s, "name", sprintf("%d", [i]))])
}
