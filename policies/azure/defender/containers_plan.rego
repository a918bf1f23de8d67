# METADATA
# title: Defender for Containers plan on
# description: |
#   The Defender for Containers plan of Defender for Cloud provides runtime
#   threat detection and image vulnerability assessment for AKS and
#   Container Registry. It is off (Free) unless the subscription turns it
#   on.
# custom:
#   id: AZ-DEF-002
#   severity: medium
#   resource_types: [Microsoft.Security/pricings]
#   formats: [terraform, arm]
#   control: Enable enhanced security features
#   compliance:
#     mcsb: [IR-3, IR-5, LT-1, LT-2]
#     cis-azure: ["3.1.4.1"]
#   defender: Microsoft Defender for Containers should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_security_center_subscription_pricing` with `resource_type = "Containers"` and `tier = "Standard"`.
#     arm: >-
#       Add a `Microsoft.Security/pricings` resource named `Containers` (subscription scope) with `"pricingTier": "Standard"`.
#   since: 0.1.0
package posture.azure.defender.containers_plan

import data.posture.lib.azure

deny contains f if {
	input.type == "Microsoft.Security/pricings"
	some f in azure.plan_findings("Containers", "Defender for Containers")
}
