# METADATA
# title: Cosmos DB key-based metadata writes disabled
# description: |
#   With key-based metadata writes allowed, anyone holding an account key
#   can create, change or delete databases and containers, a
#   management-plane escalation outside Azure RBAC. Disabling them leaves
#   such changes to Azure Resource Manager.
# custom:
#   id: AZ-COS-003
#   severity: medium
#   resource_types: [Microsoft.DocumentDB/databaseAccounts]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       Set `access_key_metadata_writes_enabled = false`.
#     arm: >-
#       Set `"disableKeyBasedMetadataWriteAccess": true` in the account's `properties`.
#   fix:
#     terraform: {set: {access_key_metadata_writes_enabled: false}}
#     arm: {set: {properties.disableKeyBasedMetadataWriteAccess: true}}
#   since: 0.1.0
package posture.azure.cosmos.metadata_writes

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "disableKeyBasedMetadataWriteAccess"]
	object.get(input.resource, path, false) != true
	msg := sprintf("Cosmos DB account %s lets account-key holders change databases and containers: %s.", [
		lib.label,
		lib.found(path, "key-based metadata writes are allowed by default"),
	])
}
