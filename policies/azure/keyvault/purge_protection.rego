# METADATA
# title: Key Vault purge protection and soft delete enabled
# description: |
#   Key vaults hold the customer-managed keys of AI and data services. Without
#   purge protection, anyone with delete rights can permanently destroy a key
#   and crypto-shred every service encrypted with it; disabling soft delete
#   removes the recovery window entirely.
# custom:
#   id: AZ-KV-001
#   severity: high
#   resource_types: [Microsoft.KeyVault/vaults]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-8]
#     cis-azure: ["3.3.5"]
#   defender: Key vaults should have deletion protection enabled
#   remediation:
#     terraform: >-
#       Set `purge_protection_enabled = true` (soft delete is always on since azurerm 3.0).
#     arm: >-
#       Set `"enablePurgeProtection": true` and keep `"enableSoftDelete"` unset or `true` in the vault's `properties`.
#   fix:
#     terraform: {set: {purge_protection_enabled: true}}
#     arm: {set: {properties.enablePurgeProtection: true, properties.enableSoftDelete: true}}
#   since: 0.1.0
package posture.azure.keyvault.purge_protection

import data.posture.lib

recovering if lib.eq_ci(input.resource.properties.createMode, "recover")

deny contains {"msg": msg, "path": path} if {
	not recovering
	path := ["properties", "enablePurgeProtection"]
	object.get(input.resource, path, false) != true
	msg := sprintf("Key Vault %s can be purged, destroying the keys it holds for good: %s.", [
		lib.label,
		lib.found(path, "purge protection is off by default"),
	])
}

deny contains {"msg": msg, "path": path} if {
	not recovering
	path := ["properties", "enableSoftDelete"]
	input.resource.properties.enableSoftDelete == false
	msg := sprintf("Key Vault %s has soft delete disabled, so deleted keys and secrets cannot be recovered: %s.", [
		lib.label,
		lib.found(path, "soft delete is on by default"),
	])
}
