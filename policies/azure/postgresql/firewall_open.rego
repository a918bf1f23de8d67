# METADATA
# title: PostgreSQL flexible server firewall does not admit the whole internet
# description: |
#   A firewall rule from 0.0.0.0 to 255.255.255.255 exposes the database
#   listener to every address on the internet, leaving only the password
#   between an attacker and the data.
# custom:
#   id: AZ-PG-002
#   severity: critical
#   resource_types: [Microsoft.DBforPostgreSQL/flexibleServers/firewallRules]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Narrow `start_ip_address` and `end_ip_address` to the client addresses, or remove the rule and use private access.
#     arm: >-
#       Narrow `startIpAddress` and `endIpAddress` to the client addresses, or remove the rule and use private access.
#   since: 0.2.0
package posture.azure.postgresql.firewall_open

import data.posture.lib
import data.posture.lib.azure

deny contains {"msg": msg, "path": ["properties", "startIpAddress"]} if {
	azure.firewall_admits_internet
	msg := sprintf("PostgreSQL firewall rule %s admits every IPv4 address (%s to %s).", [
		lib.label,
		input.resource.properties.startIpAddress,
		input.resource.properties.endIpAddress,
	])
}
