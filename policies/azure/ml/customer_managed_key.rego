# METADATA
# title: Workspace encrypted with customer-managed key
# description: |
#   A customer-managed key protects training data metadata, run history and
#   the Cosmos DB, AI Search and Storage resources created for the
#   workspace, and gives the owner revocation. Foundry projects use the
#   encryption of their hub.
# custom:
#   id: AZ-ML-003
#   severity: medium
#   resource_types: [Microsoft.MachineLearningServices/workspaces]
#   formats: [terraform, arm]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   defender: Azure Machine Learning workspaces should be encrypted with a customer-managed key
#   remediation:
#     terraform: >-
#       Add an `encryption` block with `key_vault_id` and `key_id` (and `user_assigned_identity_id` for a user-assigned identity); it can only be set when the workspace is created.
#     arm: >-
#       Set `properties.encryption` to `{ "status": "Enabled", "keyVaultProperties": { "keyVaultArmId": ..., "keyIdentifier": ... } }` when the workspace is created.
#   fix:
#     none: >-
#       a customer-managed key needs a key vault, a key and an identity allowed to use it, and can only be set when the workspace is created
#   since: 0.1.0
package posture.azure.ml.customer_managed_key

import data.posture.lib
import data.posture.lib.azure_ai

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "encryption", "status"]
	not lib.eq_ci(object.get(input.resource, path, "Disabled"), "Enabled")
	not azure_ai.inherited(path)
	msg := sprintf("%s %s is encrypted with Microsoft-managed keys: %s.", [
		azure_ai.ws_noun,
		lib.label,
		lib.found(path, "no encryption block"),
	])
}
