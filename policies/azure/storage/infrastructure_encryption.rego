# METADATA
# title: Storage infrastructure (double) encryption enabled
# description: |
#   Infrastructure encryption adds a second AES-256 layer, with a different
#   key, beneath service encryption, for high-sensitivity training data.
#   It can only be chosen when the account is created.
# custom:
#   id: AZ-ST-006
#   severity: low
#   resource_types: [Microsoft.Storage/storageAccounts]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     cis-azure: ["4.2"]
#   defender: Storage accounts should have infrastructure encryption
#   remediation:
#     terraform: >-
#       Set `infrastructure_encryption_enabled = true` (forces a new account).
#     arm: >-
#       Set `"encryption": { "requireInfrastructureEncryption": true, ... }` in the account's `properties` when the account is created.
#   fix:
#     terraform: {set: {infrastructure_encryption_enabled: true}}
#     arm: {set: {properties.encryption.requireInfrastructureEncryption: true}}
#   since: 0.1.0
package posture.azure.storage.infrastructure_encryption

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "encryption", "requireInfrastructureEncryption"]
	object.get(input.resource, path, false) != true
	msg := sprintf("Storage account %s has no infrastructure (double) encryption: %s.", [
		lib.label,
		lib.found(path, "off by default"),
	])
}
