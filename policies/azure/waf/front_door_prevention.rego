# METADATA
# title: Front Door WAF policy runs in Prevention mode
# description: |
#   In Detection mode the Front Door web application firewall only logs the
#   attacks it recognises and lets them through to the AI front end or API.
# custom:
#   id: AZ-WAF-004
#   severity: medium
#   resource_types: [Microsoft.Network/FrontDoorWebApplicationFirewallPolicies]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-6]
#   defender: Web Application Firewall (WAF) should use the specified mode for Azure Front Door Service
#   remediation:
#     terraform: >-
#       Set `mode = "Prevention"`.
#     arm: >-
#       Set `"mode": "Prevention"` in `properties.policySettings`.
#   fix:
#     terraform:
#       set: {mode: "Prevention"}
#     arm:
#       set: {properties.policySettings.mode: "Prevention"}
#   since: 0.2.0
package posture.azure.waf.front_door_prevention

import data.posture.lib

mode_path := ["properties", "policySettings", "mode"] if input.type == "Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"

deny contains {"msg": msg, "path": mode_path} if {
	lib.eq_ci(object.get(input.resource, mode_path, ""), "Detection")
	msg := sprintf("%s only logs attacks: %s.", [what, lib.found(mode_path, "")])
}

# A policy without a mode: the service default decides, which the template
# does not show.
deny contains {"msg": msg, "path": mode_path, "status": "review"} if {
	input.type == "Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"
	not lib.has_value(mode_path)
	lib.known_under("properties.policySettings")
	msg := sprintf("%s does not set its mode: %s.", [what, lib.found(mode_path, "the service default applies")])
}

what := sprintf("Front Door WAF policy %s", [lib.label]) if input.type == "Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"
