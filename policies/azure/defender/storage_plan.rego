# METADATA
# title: Defender for Storage plan on
# description: |
#   The Defender for Storage plan of Defender for Cloud provides malware
#   scanning and sensitive-data discovery on training-data uploads. It is
#   off (Free) unless the subscription turns it on.
# custom:
#   id: AZ-DEF-004
#   severity: medium
#   resource_types: [Microsoft.Security/pricings]
#   formats: [terraform, arm]
#   control: Enable enhanced security features
#   compliance:
#     mcsb: [DP-2, IR-3, IR-5, LT-1, LT-2]
#   defender: Microsoft Defender for Storage should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_security_center_subscription_pricing` with `resource_type = "StorageAccounts"` and `tier = "Standard"` with `subplan = "DefenderForStorageV2"`.
#     arm: >-
#       Add a `Microsoft.Security/pricings` resource named `StorageAccounts` (subscription scope) with `"pricingTier": "Standard"` and `"subPlan": "DefenderForStorageV2"`.
#   since: 0.1.0
package posture.azure.defender.storage_plan

import data.posture.lib.azure

deny contains f if {
	input.type == "Microsoft.Security/pricings"
	some f in azure.plan_findings("StorageAccounts", "Defender for Storage")
}
