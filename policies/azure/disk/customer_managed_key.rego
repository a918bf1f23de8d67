# METADATA
# title: Managed disks are encrypted with a customer-managed key
# description: |
#   Disks of training and inference hosts hold datasets, checkpoints and
#   model weights. A disk encryption set with a customer-managed key gives
#   revocation and crypto-shredding under the customer's control.
# custom:
#   id: AZ-DISK-002
#   severity: medium
#   resource_types: [Microsoft.Compute/disks]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   defender: Managed disks should be double encrypted with both platform-managed and customer-managed keys
#   remediation:
#     terraform: >-
#       Set `disk_encryption_set_id` to an `azurerm_disk_encryption_set` whose key is in Key Vault.
#     arm: >-
#       Set `"encryption": {"type": "EncryptionAtRestWithCustomerKey", "diskEncryptionSetId": ...}` in `properties`.
#   since: 0.2.0
package posture.azure.disk.customer_managed_key

import data.posture.lib

path := ["properties", "encryption", "diskEncryptionSetId"]

deny contains {"msg": msg, "path": path} if {
	not lib.has_value(path)
	lib.known_under("properties.encryption")
	msg := sprintf("Managed disk %s is encrypted with a platform-managed key only: %s.", [lib.label, lib.found(path, "platform-managed keys by default")])
}
