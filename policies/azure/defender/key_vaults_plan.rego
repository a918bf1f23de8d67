# METADATA
# title: Defender for Key Vault plan on
# description: |
#   The Defender for Key Vault plan of Defender for Cloud provides detection
#   of anomalous secret and key access, such as stolen AI keys being read.
#   It is off (Free) unless the subscription turns it on.
# custom:
#   id: AZ-DEF-003
#   severity: medium
#   resource_types: [Microsoft.Security/pricings]
#   formats: [terraform, arm]
#   control: Enable enhanced security features
#   compliance:
#     mcsb: [DP-8, IR-3, IR-5, LT-1, LT-2]
#     cis-azure: ["3.1.8.1"]
#   defender: Azure Defender for Key Vault should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_security_center_subscription_pricing` with `resource_type = "KeyVaults"` and `tier = "Standard"`.
#     arm: >-
#       Add a `Microsoft.Security/pricings` resource named `KeyVaults` (subscription scope) with `"pricingTier": "Standard"`.
#   since: 0.1.0
package posture.azure.defender.key_vaults_plan

import data.posture.lib.azure

deny contains f if {
	input.type == "Microsoft.Security/pricings"
	some f in azure.plan_findings("KeyVaults", "Defender for Key Vault")
}
