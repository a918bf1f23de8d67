# METADATA
# title: MySQL flexible server public network access disabled
# description: |
#   A database holding embeddings, documents or chat history should not
#   accept connections from the internet. Servers injected into a subnet
#   (private access) have no public endpoint.
# custom:
#   id: AZ-MY-001
#   severity: medium
#   resource_types: [Microsoft.DBforMySQL/flexibleServers]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Public network access should be disabled for MySQL flexible servers
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and reach the server through a private endpoint, or inject it with `delegated_subnet_id` and `private_dns_zone_id`.
#     arm: >-
#       Set `"network": {"publicNetworkAccess": "Disabled"}` in `properties` and add a private endpoint, or set `network.delegatedSubnetResourceId`.
#   fix:
#     terraform:
#       set: {public_network_access_enabled: false}
#     arm:
#       set: {properties.network.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.mysql.public_network_disabled

import data.posture.lib

path := ["properties", "network", "publicNetworkAccess"]

# Private access (VNet integration): the server has no public endpoint.
injected if lib.has_value(["properties", "network", "delegatedSubnetResourceId"])

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	not injected
	lib.known("properties.network.delegatedSubnetResourceId")
	msg := sprintf("MySQL flexible server %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled unless the server is injected into a subnet")])
}
