# METADATA
# title: AKS Azure Policy add-on enabled
# description: |
#   The Azure Policy add-on (Gatekeeper) enforces Pod Security
#   Standards-style admission rules at runtime: the counterpart of the
#   Kubernetes manifest policies for whatever reaches the cluster without
#   going through this scan.
# custom:
#   id: AZ-AKS-006
#   severity: medium
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   defender: Azure Policy Add-on for Kubernetes service (AKS) should be installed and enabled on your clusters
#   remediation:
#     terraform: >-
#       Set `azure_policy_enabled = true`.
#     arm: >-
#       Set `"addonProfiles": { "azurepolicy": { "enabled": true } }` in the cluster's `properties`.
#   fix:
#     terraform: {set: {azure_policy_enabled: true}}
#     arm: {set: {properties.addonProfiles.azurepolicy.enabled: true}}
#   since: 0.1.0
package posture.azure.aks.azure_policy_addon

import data.posture.lib
import data.posture.lib.azure

# The add-on key, as written (ARM keys are case-insensitive).
addon_key := k if {
	some k, _ in input.resource.properties.addonProfiles
	lower(k) == "azurepolicy"
}

path := ["properties", "addonProfiles", addon_key, "enabled"] if addon_key

else := ["properties", "addonProfiles", "azurepolicy", "enabled"]

deny contains {"msg": msg, "path": path, "status": azure.aks_sku_status} if {
	object.get(input.resource, path, false) != true
	not azure.aks_automatic
	msg := sprintf("AKS cluster %s does not run the Azure Policy add-on: %s.", [
		lib.label,
		lib.found(path, azure.aks_standard_default("the add-on is off by default")),
	])
}
