# METADATA
# title: AI Services data encrypted with customer-managed key
# description: |
#   Fine-tuning files, stored completions, batch data and agent threads sit
#   at rest in the account. A customer-managed key in Key Vault gives the
#   owner revocation and crypto-shredding; Microsoft-managed keys do not.
#   In Terraform the key can also come from a separate
#   azurerm_cognitive_account_customer_managed_key resource, so an account
#   without one is only reviewed unless the scan is declared complete.
# custom:
#   id: AZ-AI-005
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   defender: Azure AI Services resources should encrypt data at rest with a customer-managed key (CMK)
#   remediation:
#     terraform: >-
#       Add a `customer_managed_key` block with `key_vault_key_id` (and `identity_client_id` for a user-assigned identity), or an `azurerm_cognitive_account_customer_managed_key` resource whose `cognitive_account_id` is this account.
#     arm: >-
#       Set `properties.encryption` to `{ "keySource": "Microsoft.KeyVault", "keyVaultProperties": { "keyVaultUri": ..., "keyName": ..., "keyVersion": ... } }`.
#   fix:
#     none: >-
#       a customer-managed key needs a key vault, a key and an identity allowed to use it: a design, not an edit
#   params:
#     excluded_kinds: []
#   since: 0.1.0
package posture.azure.ai.customer_managed_key

import data.posture.lib

path := ["properties", "encryption", "keySource"]

excluded if {
	some k in lib.params("AZ-AI-005").excluded_kinds
	lib.eq_ci(input.resource.kind, k)
}

# A key source other than Key Vault, written in the account.
deny contains {"msg": msg, "path": path} if {
	value := input.resource.properties.encryption.keySource
	not lib.eq_ci(value, "Microsoft.KeyVault")
	not excluded
	msg := sprintf("Cognitive Services account %s encrypts its data with Microsoft-managed keys: %s.", [
		lib.label,
		lib.found(path, ""),
	])
}

# ARM has no other place for the key: absent means Microsoft-managed.
deny contains {"msg": msg, "path": path} if {
	input.format == "arm"
	not lib.has_value(path)
	lib.known_with_ancestors(path)
	not excluded
	msg := sprintf("Cognitive Services account %s encrypts its data with Microsoft-managed keys: %s.", [
		lib.label,
		lib.found(path, "Microsoft-managed keys"),
	])
}

# Terraform: no customer_managed_key block, and no
# azurerm_cognitive_account_customer_managed_key of the scan refers to the
# account (it would have been merged into properties.encryption).
deny contains {"msg": msg, "path": path, "status": lib.graph_status} if {
	lib.is_terraform
	not lib.has_value(path)
	lib.known_with_ancestors(path)
	not excluded
	msg := sprintf("Cognitive Services account %s has no customer_managed_key block and no azurerm_cognitive_account_customer_managed_key in the scanned files refers to it: its data is encrypted with Microsoft-managed keys.", [lib.label])
}
