# METADATA
# title: Shared Key (account key and SAS) authorization disabled
# description: |
#   Account keys give full data-plane access to every container without an
#   identity, Conditional Access or per-user audit, and SAS tokens signed
#   with them cannot be revoked individually. AI pipelines should reach
#   storage with Microsoft Entra ID.
# custom:
#   id: AZ-ST-004
#   severity: medium
#   resource_types: [Microsoft.Storage/storageAccounts]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Storage accounts should prevent shared key access
#   remediation:
#     terraform: >-
#       Set `shared_access_key_enabled = false` (and `storage_use_azuread = true` in the provider block so Terraform itself uses Entra ID).
#     arm: >-
#       Set `"allowSharedKeyAccess": false` in the account's `properties`.
#   fix:
#     terraform: {set: {shared_access_key_enabled: false}}
#     arm: {set: {properties.allowSharedKeyAccess: false}}
#   since: 0.1.0
package posture.azure.storage.shared_key_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "allowSharedKeyAccess"]
	object.get(input.resource, path, true) != false
	msg := sprintf("Storage account %s accepts Shared Key (account key and SAS) authorization: %s.", [
		lib.label,
		lib.found(path, "account keys are accepted by default"),
	])
}
