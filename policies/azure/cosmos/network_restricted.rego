# METADATA
# title: Cosmos DB public network access disabled or firewall configured
# description: |
#   A Cosmos DB account without IP or virtual network filters accepts
#   connections from anywhere, so a leaked key or token can be used from
#   any network. Disable public network access or restrict it to known
#   addresses and subnets.
# custom:
#   id: AZ-COS-002
#   severity: high
#   resource_types: [Microsoft.DocumentDB/databaseAccounts]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Cosmos DB should disable public network access; Azure Cosmos DB accounts should have firewall rules
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false`, or restrict access with `ip_range_filter` and/or `is_virtual_network_filter_enabled = true` with `virtual_network_rule` blocks.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the account's `properties`, or add `ipRules` and/or `"isVirtualNetworkFilterEnabled": true` with `virtualNetworkRules`.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.cosmos.network_restricted

import data.posture.lib

pna := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": pna} if {
	not lib.eq_ci(object.get(input.resource, pna, "Enabled"), "Disabled")
	lib.known("properties.ipRules")
	lib.known("properties.isVirtualNetworkFilterEnabled")
	count(object.get(input.resource, ["properties", "ipRules"], [])) == 0
	object.get(input.resource, ["properties", "isVirtualNetworkFilterEnabled"], false) != true
	msg := sprintf("Cosmos DB account %s accepts connections from any network: %s, with no IP rules and no virtual network filter.", [
		lib.label,
		lib.found(pna, "public network access is enabled by default"),
	])
}
