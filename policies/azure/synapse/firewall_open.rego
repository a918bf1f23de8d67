# METADATA
# title: Synapse workspace firewall does not admit the whole internet
# description: |
#   A firewall rule from 0.0.0.0 to 255.255.255.255 exposes the workspace
#   SQL endpoints to every address on the internet.
# custom:
#   id: AZ-SYN-005
#   severity: critical
#   resource_types: [Microsoft.Synapse/workspaces/firewallRules]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: IP firewall rules on Azure Synapse workspaces should be removed
#   remediation:
#     terraform: >-
#       Narrow `start_ip_address` and `end_ip_address` to the client addresses, or remove the rule and use private endpoints.
#     arm: >-
#       Narrow `startIpAddress` and `endIpAddress`, or remove the rule and use private endpoints.
#   since: 0.2.0
package posture.azure.synapse.firewall_open

import data.posture.lib
import data.posture.lib.azure

deny contains {"msg": msg, "path": ["properties", "startIpAddress"]} if {
	azure.firewall_admits_internet
	msg := sprintf("Synapse firewall rule %s admits every IPv4 address (%s to %s).", [
		lib.label,
		input.resource.properties.startIpAddress,
		input.resource.properties.endIpAddress,
	])
}
