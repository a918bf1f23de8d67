# METADATA
# title: AI Services account has a managed identity
# description: |
#   A managed identity lets the account reach its customer-managed key
#   vault, user-owned storage and the downstream tools of agents without
#   keys. Without one, every such integration falls back to shared secrets.
# custom:
#   id: AZ-AI-004
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   defender: Cognitive Services accounts should use a managed identity
#   remediation:
#     terraform: >-
#       Add an `identity` block: `identity { type = "SystemAssigned" }` (or `UserAssigned` with `identity_ids`).
#     arm: >-
#       Set `"identity": { "type": "SystemAssigned" }` on the account (or `UserAssigned` with `userAssignedIdentities`).
#   fix:
#     terraform: {set: {identity.type: "SystemAssigned"}, create: true}
#     arm: {set: {identity.type: "SystemAssigned"}}
#   since: 0.1.0
package posture.azure.ai.managed_identity

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["identity", "type"]
	lib.eq_ci(object.get(input.resource, path, "None"), "None")
	msg := sprintf("Cognitive Services account %s has no managed identity: %s.", [
		lib.label,
		lib.found(path, "no identity block"),
	])
}
