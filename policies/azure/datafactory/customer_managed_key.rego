# METADATA
# title: Data Factory is encrypted with a customer-managed key
# description: |
#   The factory stores linked service definitions, credentials and pipeline
#   metadata. A customer-managed key gives revocation under the customer's
#   control.
# custom:
#   id: AZ-ADF-002
#   severity: medium
#   resource_types: [Microsoft.DataFactory/factories]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   defender: Azure data factories should be encrypted with a customer-managed key
#   remediation:
#     terraform: >-
#       Set `customer_managed_key_id` (and `customer_managed_key_identity_id`) with a user-assigned identity that can use the key.
#     arm: >-
#       Set `"encryption": {"vaultBaseUrl": ..., "keyName": ..., "identity": {...}}` in `properties`.
#   since: 0.2.0
package posture.azure.datafactory.customer_managed_key

import data.posture.lib

path := ["properties", "encryption"]

deny contains {"msg": msg, "path": path} if {
	not lib.has_value(["properties", "encryption", "keyName"])
	lib.known_under("properties.encryption")
	msg := sprintf("Data factory %s is encrypted with a Microsoft-managed key: %s.", [lib.label, lib.found(path, "Microsoft-managed keys by default")])
}
