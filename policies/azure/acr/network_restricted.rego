# METADATA
# title: Container Registry network access restricted
# description: |
#   A registry open to all networks allows image exfiltration and the
#   replay of leaked tokens from anywhere. Deny by default and allow
#   selected networks (Premium SKU), or disable public network access and
#   use private endpoints.
# custom:
#   id: AZ-ACR-003
#   severity: medium
#   resource_types: [Microsoft.ContainerRegistry/registries]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Container registries should not allow unrestricted network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false`, or add `network_rule_set { default_action = "Deny" ... }` with the allowed `ip_rule` blocks (Premium SKU).
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the registry's `properties`, or `"networkRuleSet": { "defaultAction": "Deny", ... }`.
#   fix:
#     terraform: {set: {public_network_access_enabled: false}}
#     arm: {set: {properties.publicNetworkAccess: "Disabled"}}
#   since: 0.1.0
package posture.azure.acr.network_restricted

import data.posture.lib

pna := ["properties", "publicNetworkAccess"]

action := ["properties", "networkRuleSet", "defaultAction"]

deny contains {"msg": msg, "path": action} if {
	lib.known("properties.publicNetworkAccess")
	not lib.eq_ci(object.get(input.resource, pna, "Enabled"), "Disabled")
	not lib.eq_ci(object.get(input.resource, action, "Allow"), "Deny")
	msg := sprintf("Container registry %s accepts traffic from any network: %s and %s%s.", [
		lib.label,
		lib.found(action, "all networks are allowed by default"),
		lib.found(pna, "public network access is enabled by default"),
		tier_note,
	])
}

# Network rules and private endpoints exist on the Premium SKU only: on
# another SKU the fix starts with the SKU.
tier_note := sprintf("; only the Premium SKU can restrict networks (network rules, private endpoints), and %s", [lib.found(["sku", "name"], "")]) if {
	is_string(input.resource.sku.name)
	not lib.eq_ci(input.resource.sku.name, "Premium")
} else := ""
