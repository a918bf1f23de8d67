# METADATA
# title: Azure Firewall threat intelligence is on
# description: |
#   Threat-intelligence-based filtering alerts on, or denies, traffic to and
#   from known malicious addresses and domains, such as command-and-control
#   servers used to exfiltrate data from AI workloads.
# custom:
#   id: AZ-FW-001
#   severity: medium
#   resource_types: [Microsoft.Network/azureFirewalls, Microsoft.Network/firewallPolicies]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-3]
#   defender: Azure Firewall Policy should enable Threat Intelligence; Azure Firewall Standard - Classic Rules should enable Threat Intelligence
#   remediation:
#     terraform: >-
#       Set `threat_intelligence_mode = "Deny"` on `azurerm_firewall_policy` (or `threat_intel_mode = "Deny"` on a firewall with classic rules), or leave it out: the default is Alert.
#     arm: >-
#       Set `"threatIntelMode": "Deny"` (or "Alert") in `properties`.
#   fix:
#     terraform/azurerm_firewall_policy:
#       set: {threat_intelligence_mode: "Deny"}
#     terraform/azurerm_firewall:
#       set: {threat_intel_mode: "Deny"}
#     arm:
#       set: {properties.threatIntelMode: "Deny"}
#   since: 0.2.0
package posture.azure.firewall.threat_intel

import data.posture.lib

path := ["properties", "threatIntelMode"]

# A firewall with a policy takes the policy's mode, not its own.
has_policy if lib.has_value(["properties", "firewallPolicy", "id"])

deny contains {"msg": msg, "path": path} if {
	input.type == "Microsoft.Network/firewallPolicies"
	lib.eq_ci(object.get(input.resource, path, "Alert"), "Off")
	msg := sprintf("Firewall policy %s does not filter known malicious addresses: %s.", [lib.label, lib.found(path, "")])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "Microsoft.Network/azureFirewalls"
	not has_policy
	lib.known("properties.firewallPolicy.id")
	lib.eq_ci(object.get(input.resource, path, "Alert"), "Off")
	msg := sprintf("Azure Firewall %s does not filter known malicious addresses: %s.", [lib.label, lib.found(path, "")])
}
