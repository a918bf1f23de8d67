# METADATA
# title: Managed virtual network isolation enabled (approved outbound)
# description: |
#   Without a managed virtual network, compute instances, clusters and
#   serverless endpoints of the workspace have unrestricted egress, and data
#   or models can be exfiltrated anywhere. Isolation mode
#   AllowOnlyApprovedOutbound limits egress to approved rules;
#   AllowInternetOutbound isolates inbound traffic only. Foundry projects
#   inherit the mode from their hub.
# custom:
#   id: AZ-ML-002
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2, DP-2]
#   defender: Azure Machine Learning and Ai Studio should use Allow Only Approved Outbound Managed Vnet mode
#   remediation:
#     terraform: >-
#       Add `managed_network { isolation_mode = "AllowOnlyApprovedOutbound" }` and declare the outbound rules the workspace needs.
#     arm: >-
#       Set `properties.managedNetwork.isolationMode` to `"AllowOnlyApprovedOutbound"` and declare the `outboundRules` the workspace needs.
#   fix:
#     terraform: {set: {managed_network.isolation_mode: "AllowOnlyApprovedOutbound"}, create: true}
#     arm: {set: {properties.managedNetwork.isolationMode: "AllowOnlyApprovedOutbound"}}
#   since: 0.1.0
package posture.azure.ml.managed_network

import data.posture.lib
import data.posture.lib.azure_ai

path := ["properties", "managedNetwork", "isolationMode"]

deny contains {"msg": msg, "path": path} if {
	lib.eq_ci(object.get(input.resource, path, "Disabled"), "Disabled")
	not azure_ai.inherited(path)
	msg := sprintf("%s %s has no managed virtual network, so its compute has unrestricted egress: %s.", [
		azure_ai.ws_noun,
		lib.label,
		lib.found(path, "the service default is Disabled"),
	])
}

deny contains {"msg": msg, "path": path, "severity": "medium"} if {
	lib.eq_ci(input.resource.properties.managedNetwork.isolationMode, "AllowInternetOutbound")
	msg := sprintf("%s %s lets its managed network reach the whole internet: %s (use AllowOnlyApprovedOutbound).", [
		azure_ai.ws_noun,
		lib.label,
		lib.found(path, ""),
	])
}
