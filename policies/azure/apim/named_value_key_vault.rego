# METADATA
# title: API Management secret named values come from Key Vault
# description: |
#   A secret named value whose value is written in the template lives in
#   source control, state files and deployment history, and cannot be
#   rotated in one place. A Key Vault reference keeps it in the vault.
# custom:
#   id: AZ-APIM-007
#   severity: medium
#   resource_types: [Microsoft.ApiManagement/service/namedValues]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   defender: API Management secret named values should be stored in Azure Key Vault
#   remediation:
#     terraform: >-
#       Replace `value` with `value_from_key_vault { secret_id = ... }` and give the service's identity access to the secret.
#     arm: >-
#       Replace `value` with `keyVault.secretIdentifier` in `properties`.
#   since: 0.2.0
package posture.azure.apim.named_value_key_vault

import data.posture.lib

path := ["properties", "value"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, ["properties", "secret"], false) == true
	lib.has_value(path)
	not lib.has_value(["properties", "keyVault", "secretIdentifier"])
	msg := sprintf("API Management named value %s keeps a secret in the service configuration instead of Key Vault.", [lib.label])
}
