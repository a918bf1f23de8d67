# METADATA
# title: AI Search has a managed identity
# description: |
#   Indexers and skillsets reach data sources and AI Services with the
#   service's managed identity; without one they need connection strings
#   and keys.
# custom:
#   id: AZ-SRCH-004
#   severity: medium
#   resource_types: [Microsoft.Search/searchServices]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   remediation:
#     terraform: >-
#       Add an `identity` block: `identity { type = "SystemAssigned" }`.
#     arm: >-
#       Set `"identity": { "type": "SystemAssigned" }` on the service.
#   fix:
#     terraform: {set: {identity.type: "SystemAssigned"}, create: true}
#     arm: {set: {identity.type: "SystemAssigned"}}
#   since: 0.1.0
package posture.azure.search.managed_identity

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["identity", "type"]
	lib.eq_ci(object.get(input.resource, path, "None"), "None")
	msg := sprintf("AI Search service %s has no managed identity: %s.", [
		lib.label,
		lib.found(path, "no identity block"),
	])
}
