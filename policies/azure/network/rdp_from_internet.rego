# METADATA
# title: RDP (3389) not open from the internet
# description: |
#   An inbound rule that allows port 3389 from any address exposes Remote
#   Desktop to brute force and to RDP vulnerabilities, a leading
#   ransomware entry point. Reach management ports through Azure Bastion
#   or just-in-time access instead.
# custom:
#   id: AZ-NET-002
#   severity: critical
#   resource_types: [Microsoft.Network/networkSecurityGroups, Microsoft.Network/networkSecurityGroups/securityRules]
#   formats: [terraform, arm]
#   control: Secure management ports
#   compliance:
#     mcsb: [NS-3]
#     cis-azure: ["7.1"]
#   defender: Management ports should be closed on your virtual machines
#   remediation:
#     terraform: >-
#       Restrict `source_address_prefix` of the rule to a known range (not `*`, `0.0.0.0/0` or `Internet`), or remove the rule and use Azure Bastion.
#     arm: >-
#       Restrict `sourceAddressPrefix` of the rule to a known range (not `*`, `0.0.0.0/0` or `Internet`), or remove the rule and use Azure Bastion.
#   since: 0.1.0
package posture.azure.network.rdp_from_internet

import data.posture.lib.azure

deny contains {"msg": msg, "path": array.concat(r.path, azure.internet_source_path(r.rule))} if {
	some r in azure.security_rules
	azure.inbound_allow_from_internet(r.rule, {"tcp", "udp", "*"})
	azure.opens_port(r.rule, 3389)
	msg := sprintf("Network security rule %q allows RDP (port 3389) from the internet (source %s).", [
		r.name,
		concat(", ", azure.sources(r.rule)),
	])
}
