# METADATA
# title: Web application firewall policies are enabled
# description: |
#   A disabled WAF policy, or a gateway whose WAF configuration is turned
#   off, inspects nothing: the AI front end has no WAF although the template
#   seems to give it one.
# custom:
#   id: AZ-WAF-003
#   severity: medium
#   resource_types: [Microsoft.Network/applicationGateways, Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies, Microsoft.Network/FrontDoorWebApplicationFirewallPolicies]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-6]
#   defender: Azure Web Application Firewall should be enabled for Azure Front Door entry-points; Web Application Firewall (WAF) should be enabled for Application Gateway
#   remediation:
#     terraform: >-
#       Set `enabled = true` (Front Door policies), `policy_settings { enabled = true }` (Application Gateway policies) or `waf_configuration { enabled = true }`, or remove them: the default is enabled.
#     arm: >-
#       Set `"enabledState": "Enabled"` (Front Door) or `"state": "Enabled"` (Application Gateway) in `properties.policySettings`, or `"enabled": true` in the gateway's `webApplicationFirewallConfiguration`.
#   fix:
#     terraform/azurerm_cdn_frontdoor_firewall_policy:
#       set: {enabled: true}
#     terraform/azurerm_frontdoor_firewall_policy:
#       set: {enabled: true}
#     terraform/azurerm_web_application_firewall_policy:
#       set: {policy_settings.enabled: true}
#     terraform/azurerm_application_gateway:
#       set: {waf_configuration.enabled: true}
#     arm/Microsoft.Network/FrontDoorWebApplicationFirewallPolicies:
#       set: {properties.policySettings.enabledState: "Enabled"}
#     arm/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies:
#       set: {properties.policySettings.state: "Enabled"}
#     arm/Microsoft.Network/applicationGateways:
#       set: {properties.webApplicationFirewallConfiguration.enabled: true}
#   since: 0.2.0
package posture.azure.waf.enabled

import data.posture.lib

# Where each kind of WAF says it is on.
state := ["properties", "webApplicationFirewallConfiguration", "enabled"] if input.type == "Microsoft.Network/applicationGateways"

state := ["properties", "policySettings", "state"] if input.type == "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"

state := ["properties", "policySettings", "enabledState"] if input.type == "Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"

off(false)

off(value) if lib.eq_ci(value, "Disabled")

deny contains {"msg": msg, "path": state} if {
	off(object.get(input.resource, state, true))
	msg := sprintf("WAF %s is turned off: %s.", [lib.label, lib.found(state, "")])
}
