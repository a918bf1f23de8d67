# METADATA
# title: Azure Firewall is managed by a firewall policy
# description: |
#   Classic rules live on each firewall and lack the features of firewall
#   policies (IDPS, TLS inspection, policy inheritance, rule collection
#   groups); Microsoft recommends migrating them.
# custom:
#   id: AZ-FW-003
#   severity: low
#   resource_types: [Microsoft.Network/azureFirewalls]
#   formats: [terraform, arm]
#   control: Implement security best practices
#   compliance:
#     mcsb: [NS-3]
#   defender: Azure Firewall Classic Rules should be migrated to Firewall Policy
#   remediation:
#     terraform: >-
#       Create an `azurerm_firewall_policy` with the rules and set `firewall_policy_id` on the firewall.
#     arm: >-
#       Create a `Microsoft.Network/firewallPolicies` resource with the rules and set `properties.firewallPolicy.id` on the firewall.
#   since: 0.2.0
package posture.azure.firewall.policy_managed

import data.posture.lib

path := ["properties", "firewallPolicy", "id"]

deny contains {"msg": msg, "path": path} if {
	not lib.has_value(path)
	msg := sprintf("Azure Firewall %s uses classic rules instead of a firewall policy: %s.", [lib.label, lib.found(path, "")])
}
