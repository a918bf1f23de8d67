# METADATA
# title: Application Gateway WAF runs in Prevention mode
# description: |
#   In Detection mode the web application firewall only logs the attacks it
#   recognises and lets them through to the AI front end or API.
# custom:
#   id: AZ-WAF-002
#   severity: medium
#   resource_types: [Microsoft.Network/applicationGateways, Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-6]
#   defender: Web Application Firewall (WAF) should use the specified mode for Application Gateway
#   remediation:
#     terraform: >-
#       Set `policy_settings { mode = "Prevention" }` on the `azurerm_web_application_firewall_policy` (or `waf_configuration { firewall_mode = "Prevention" }` on the gateway).
#     arm: >-
#       Set `"mode": "Prevention"` in `properties.policySettings` of the WAF policy (or `"firewallMode": "Prevention"` in the gateway's `webApplicationFirewallConfiguration`).
#   fix:
#     terraform:
#       set: {policy_settings.mode: "Prevention"}
#     terraform/azurerm_application_gateway:
#       set: {waf_configuration.firewall_mode: "Prevention"}
#     arm:
#       set: {properties.policySettings.mode: "Prevention"}
#     arm/Microsoft.Network/applicationGateways:
#       set: {properties.webApplicationFirewallConfiguration.firewallMode: "Prevention"}
#   since: 0.2.0
package posture.azure.waf.application_gateway_prevention

import data.posture.lib

# The mode of an Application Gateway's own WAF configuration, or of a WAF
# policy.
mode_path := ["properties", "webApplicationFirewallConfiguration", "firewallMode"] if input.type == "Microsoft.Network/applicationGateways"

mode_path := ["properties", "policySettings", "mode"] if input.type == "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"

deny contains {"msg": msg, "path": mode_path} if {
	lib.eq_ci(object.get(input.resource, mode_path, ""), "Detection")
	msg := sprintf("%s only logs attacks: %s.", [what, lib.found(mode_path, "")])
}

# A policy without a mode: the service default decides, which the template
# does not show.
deny contains {"msg": msg, "path": mode_path, "status": "review"} if {
	input.type == "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"
	not lib.has_value(mode_path)
	lib.known_under("properties.policySettings")
	msg := sprintf("%s does not set its mode: %s.", [what, lib.found(mode_path, "the service default applies")])
}

what := sprintf("Application Gateway %s", [lib.label]) if input.type == "Microsoft.Network/applicationGateways"

what := sprintf("WAF policy %s", [lib.label]) if input.type == "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"
