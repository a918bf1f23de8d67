# METADATA
# title: AI Search restricts network access
# description: |
#   The AI Search index behind retrieval-augmented generation holds the
#   enterprise knowledge the model retrieves; a service reachable from any
#   network leaks it to anyone with a key or token. Disable public network
#   access or allow only listed IP ranges.
# custom:
#   id: AZ-SRCH-001
#   severity: high
#   resource_types: [Microsoft.Search/searchServices]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure AI Search services should disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and use a private endpoint, or list the allowed ranges in `allowed_ips`.
#     arm: >-
#       Set `"publicNetworkAccess": "disabled"` in the service's `properties` and use a private endpoint, or list the allowed ranges in `properties.networkRuleSet.ipRules`.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     arm: {set: {properties.publicNetworkAccess: "disabled"}}
#   since: 0.1.0
package posture.azure.search.network_restricted

import data.posture.lib

pna := ["properties", "publicNetworkAccess"]

rules := ["properties", "networkRuleSet", "ipRules"]

deny contains {"msg": msg, "path": pna} if {
	not lib.eq_ci(object.get(input.resource, pna, "enabled"), "disabled")
	count(object.get(input.resource, rules, [])) == 0
	lib.known_with_ancestors(rules)
	msg := sprintf("AI Search service %s is reachable from any network: %s and %s.", [
		lib.label,
		lib.found(pna, "public network access is enabled by default"),
		lib.found(rules, "no IP rules"),
	])
}
