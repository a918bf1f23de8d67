# METADATA
# title: Compute local authentication disabled
# description: |
#   Local authentication on compute instances and clusters (keys and
#   SSH-based access) bypasses Microsoft Entra ID and its Conditional Access
#   and audit. With it disabled, only Entra ID identities reach the compute.
# custom:
#   id: AZ-ML-007
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces/computes]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure Machine Learning Computes should have local authentication methods disabled
#   remediation:
#     terraform: >-
#       Set `local_auth_enabled = false` on the `azurerm_machine_learning_compute_instance` / `azurerm_machine_learning_compute_cluster` (forces a new compute).
#     arm: >-
#       Set `"disableLocalAuth": true` in the compute's `properties`.
#   fix:
#     terraform: {set: {local_auth_enabled: false}}
#     arm: {set: {properties.disableLocalAuth: true}}
#   since: 0.1.0
package posture.azure.ml.compute_local_auth

import data.posture.lib
import data.posture.lib.azure_ai

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "disableLocalAuth"]
	object.get(input.resource, path, false) != true
	azure_ai.is_vm_compute
	msg := sprintf("Compute %s (%s) accepts local authentication: %s.", [
		lib.label,
		input.resource.properties.computeType,
		lib.found(path, "local authentication is on by default"),
	])
}
