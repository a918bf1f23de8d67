# METADATA
# title: Application Gateway runs the WAF tier
# description: |
#   A chat front end or AI API published through Application Gateway without
#   the WAF tier has no protection against injection, protocol attacks and
#   bots in front of it.
# custom:
#   id: AZ-WAF-001
#   severity: medium
#   resource_types: [Microsoft.Network/applicationGateways]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-6]
#   defender: Web Application Firewall (WAF) should be enabled for Application Gateway
#   remediation:
#     terraform: >-
#       Set `sku { name = "WAF_v2", tier = "WAF_v2" }` and attach an `azurerm_web_application_firewall_policy` with `firewall_policy_id`.
#     arm: >-
#       Set `"sku": {"name": "WAF_v2", "tier": "WAF_v2"}` in `properties` and attach a WAF policy in `properties.firewallPolicy.id`.
#   fix:
#     terraform:
#       none: "the WAF tier needs a WAF policy as well"
#     arm:
#       none: "the WAF tier needs a WAF policy as well"
#   since: 0.2.0
package posture.azure.waf.application_gateway_waf

import data.posture.lib

path := ["properties", "sku", "tier"]

deny contains {"msg": msg, "path": path} if {
	tier := object.get(input.resource, path, "")
	is_string(tier)
	tier != ""
	not lower(tier) in {"waf", "waf_v2"}
	msg := sprintf("Application Gateway %s has no web application firewall: %s.", [lib.label, lib.found(path, "")])
}
