# METADATA
# title: Azure Firewall Premium policy runs IDPS
# description: |
#   Intrusion detection and prevention inspects traffic for exploits and
#   malware signatures. A Premium firewall policy without it leaves the most
#   valuable Premium control off.
# custom:
#   id: AZ-FW-002
#   severity: medium
#   resource_types: [Microsoft.Network/firewallPolicies]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-4]
#   remediation:
#     terraform: >-
#       Add `intrusion_detection { mode = "Deny" }` (or "Alert") to the Premium `azurerm_firewall_policy`.
#     arm: >-
#       Set `"intrusionDetection": {"mode": "Deny"}` in the Premium policy's `properties`.
#   fix:
#     terraform:
#       none: "intrusion_detection is a block"
#     arm:
#       set: {properties.intrusionDetection.mode: "Deny"}
#   since: 0.2.0
package posture.azure.firewall.idps

import data.posture.lib

path := ["properties", "intrusionDetection", "mode"]

premium if lib.eq_ci(object.get(input.resource, ["properties", "sku", "tier"], "Standard"), "Premium")

deny contains {"msg": msg, "path": path} if {
	premium
	lib.eq_ci(object.get(input.resource, path, "Off"), "Off")
	msg := sprintf("Premium firewall policy %s does not run intrusion detection and prevention: %s.", [lib.label, lib.found(path, "IDPS is off by default")])
}
