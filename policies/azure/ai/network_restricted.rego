# METADATA
# title: AI Services account must restrict network access
# description: |
#   A model endpoint reachable from any network is the first step of key
#   theft, prompt abuse and data exfiltration. An Azure OpenAI, AI Services or
#   other Cognitive Services account must either disable public network
#   access or deny by default in its network ACLs and allow only known
#   networks.
# custom:
#   id: AZ-AI-001
#   severity: high
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure AI Services resources should restrict network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` (on `azurerm_ai_services`, `public_network_access = "Disabled"`), or add a `network_acls` block with `default_action = "Deny"` and the allowed `ip_rules` / `virtual_network_rules`.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the account's `properties`, or set `properties.networkAcls.defaultAction` to `"Deny"` with the allowed `ipRules` / `virtualNetworkRules`.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     terraform/azurerm_ai_services: {set: {public_network_access: "Disabled"}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.ai.network_restricted

import data.posture.lib

pna := ["properties", "publicNetworkAccess"]

acl := ["properties", "networkAcls", "defaultAction"]

public_enabled if not lib.eq_ci(object.get(input.resource, pna, "Enabled"), "Disabled")

# The ACL allows by default although it was written: blame it.
deny contains {"msg": msg, "path": acl} if {
	value := input.resource.properties.networkAcls.defaultAction
	not lib.eq_ci(value, "Deny")
	lib.known_with_ancestors(pna)
	public_enabled
	msg := sprintf("Cognitive Services account %s is reachable from any network: %s while %s.", [
		lib.label,
		lib.found(acl, ""),
		lib.found(pna, "public network access is enabled by default"),
	])
}

# No ACL at all: public access is the open door.
deny contains {"msg": msg, "path": pna} if {
	not lib.has_value(acl)
	lib.known_with_ancestors(acl)
	public_enabled
	msg := sprintf("Cognitive Services account %s is reachable from any network: %s and %s.", [
		lib.label,
		lib.found(pna, "public network access is enabled by default"),
		lib.found(acl, "no network ACL, so every network is allowed"),
	])
}
