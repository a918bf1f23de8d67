# METADATA
# title: Defender CSPM plan on
# description: |
#   The Defender CSPM plan of Defender for Cloud provides attack-path
#   analysis and the AI bill of materials (AI security posture). It is off
#   (Free) unless the subscription turns it on.
# custom:
#   id: AZ-DEF-005
#   severity: medium
#   resource_types: [Microsoft.Security/pricings]
#   formats: [terraform, arm]
#   control: Enable enhanced security features
#   compliance:
#     mcsb: [IR-3, IR-5, LT-1, LT-2]
#   defender: Microsoft Defender CSPM should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_security_center_subscription_pricing` with `resource_type = "CloudPosture"` and `tier = "Standard"`.
#     arm: >-
#       Add a `Microsoft.Security/pricings` resource named `CloudPosture` (subscription scope) with `"pricingTier": "Standard"`.
#   since: 0.1.0
package posture.azure.defender.cspm_plan

import data.posture.lib.azure

deny contains f if {
	input.type == "Microsoft.Security/pricings"
	some f in azure.plan_findings("CloudPosture", "Defender CSPM")
}
