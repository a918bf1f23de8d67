# METADATA
# title: AI Search enforces customer-managed keys
# description: |
#   Indexes and synonym maps hold embeddings and the content the model is
#   grounded on. Enforcing customer-managed key encryption makes the
#   service reject any index or synonym map that is not encrypted with the
#   owner's key.
# custom:
#   id: AZ-SRCH-003
#   severity: medium
#   resource_types: [Microsoft.Search/searchServices]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   defender: Azure AI Search services should use customer-managed keys to encrypt data at rest
#   remediation:
#     terraform: >-
#       Set `customer_managed_key_enforcement_enabled = true` and create indexes with an `encryptionKey`.
#     arm: >-
#       Set `properties.encryptionWithCmk.enforcement` to `"Enabled"` and create indexes with an `encryptionKey`.
#   fix:
#     terraform: {set: {customer_managed_key_enforcement_enabled: true}}
#     arm: {set: {properties.encryptionWithCmk.enforcement: "Enabled"}}
#   since: 0.1.0
package posture.azure.search.cmk_enforced

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "encryptionWithCmk", "enforcement"]
	not lib.eq_ci(object.get(input.resource, path, "Unspecified"), "Enabled")
	msg := sprintf("AI Search service %s does not enforce customer-managed keys: %s.", [
		lib.label,
		lib.found(path, "Unspecified"),
	])
}
