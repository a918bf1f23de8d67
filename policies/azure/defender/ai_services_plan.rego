# METADATA
# title: Defender for AI Services plan on
# description: |
#   The Defender for AI Services plan of Defender for Cloud provides prompt-
#   injection, jailbreak and credential-theft detection for Azure OpenAI and
#   AI Foundry. It is off (Free) unless the subscription turns it on.
# custom:
#   id: AZ-DEF-001
#   severity: high
#   resource_types: [Microsoft.Security/pricings]
#   formats: [terraform, arm]
#   control: Enable enhanced security features
#   compliance:
#     mcsb: [LT-1]
#   defender: Microsoft Defender for AI Services should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_security_center_subscription_pricing` with `resource_type = "AI"` and `tier = "Standard"`.
#     arm: >-
#       Add a `Microsoft.Security/pricings` resource named `AI` (subscription scope) with `"pricingTier": "Standard"`.
#   since: 0.1.0
package posture.azure.defender.ai_services_plan

import data.posture.lib.azure

deny contains f if {
	input.type == "Microsoft.Security/pricings"
	some f in azure.plan_findings("AI", "Defender for AI Services")
}
