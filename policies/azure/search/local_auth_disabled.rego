# METADATA
# title: AI Search API keys (local auth) disabled
# description: |
#   AI Search admin and query keys grant full index read or write with no
#   identity: anyone holding a key reads the RAG corpus or poisons it, with
#   no per-user authorization or audit. With local authentication disabled,
#   callers must use Microsoft Entra ID and RBAC.
# custom:
#   id: AZ-SRCH-002
#   severity: high
#   resource_types: [Microsoft.Search/searchServices]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure AI Search services should have local authentication methods disabled
#   remediation:
#     terraform: >-
#       Set `local_authentication_enabled = false` and grant callers Search Index Data Reader / Contributor roles.
#     arm: >-
#       Set `"disableLocalAuth": true` in the service's `properties` (and remove `authOptions`) and grant callers Search Index Data Reader / Contributor roles.
#   fix:
#     terraform: {set: {local_authentication_enabled: false}}
#     arm: {set: {properties.disableLocalAuth: true}}
#   since: 0.1.0
package posture.azure.search.local_auth_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "disableLocalAuth"]
	object.get(input.resource, path, false) != true
	msg := sprintf("AI Search service %s accepts API keys: %s.", [
		lib.label,
		lib.found(path, "keys are accepted by default"),
	])
}
