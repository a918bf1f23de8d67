# METADATA
# title: PostgreSQL flexible server encrypted with a customer-managed key
# description: |
#   Embeddings, documents and chat history sit at rest in the database. A
#   customer-managed key gives revocation and crypto-shredding under the
#   customer's control.
# custom:
#   id: AZ-PG-005
#   severity: medium
#   resource_types: [Microsoft.DBforPostgreSQL/flexibleServers]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   defender: PostgreSQL flexible servers should use customer-managed keys to encrypt data at rest
#   remediation:
#     terraform: >-
#       Add `customer_managed_key { key_vault_key_id = ..., primary_user_assigned_identity_id = ... }` with a user-assigned identity that can use the key.
#     arm: >-
#       Set `"dataEncryption": {"type": "AzureKeyVault", "primaryKeyURI": ..., "primaryUserAssignedIdentityId": ...}` in `properties`.
#   fix:
#     terraform:
#       none: "a customer-managed key needs a Key Vault key and an identity"
#     arm:
#       none: "a customer-managed key needs a Key Vault key and an identity"
#   since: 0.2.0
package posture.azure.postgresql.customer_managed_key

import data.posture.lib

path := ["properties", "dataEncryption", "primaryKeyURI"]

deny contains {"msg": msg, "path": path} if {
	not lib.eq_ci(object.get(input.resource, ["properties", "dataEncryption", "type"], "SystemManaged"), "AzureKeyVault")
	not lib.has_value(path)
	lib.known_under("properties.dataEncryption")
	msg := sprintf("PostgreSQL flexible server %s encrypts its data with a service-managed key: %s.", [lib.label, lib.found(path, "service-managed keys by default")])
}
