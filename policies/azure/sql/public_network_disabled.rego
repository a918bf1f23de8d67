# METADATA
# title: Azure SQL public network access disabled
# description: |
#   Databases that feed AI applications and agents should only be reachable
#   through private endpoints; a public endpoint is one firewall rule away
#   from the internet.
# custom:
#   id: AZ-SQL-002
#   severity: high
#   resource_types: [Microsoft.Sql/servers]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Public network access on Azure SQL Database should be disabled
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and reach the server through an `azurerm_private_endpoint` (sub-resource `sqlServer`).
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the server's `properties` and reach it through a private endpoint.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.sql.public_network_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "publicNetworkAccess"]
	not lib.eq_ci(object.get(input.resource, path, "Enabled"), "Disabled")
	msg := sprintf("SQL server %s accepts connections from public networks: %s.", [
		lib.label,
		lib.found(path, "public network access is enabled by default"),
	])
}
