# METADATA
# title: Workspace reachable through a private endpoint
# description: |
#   A private endpoint for the amlworkspace sub-resource is what gives
#   private-only access to the workspace or hub API and studio. A private
#   endpoint may be managed in another configuration, so a workspace with
#   none in the scanned files is only reviewed unless the scan is declared
#   complete. Foundry projects are reached through their hub's endpoint.
# custom:
#   id: AZ-ML-005
#   severity: medium
#   resource_types: [Microsoft.MachineLearningServices/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Machine Learning workspaces should use private link
#   remediation:
#     terraform: >-
#       Add an `azurerm_private_endpoint` whose `private_service_connection` has `private_connection_resource_id` = the workspace's `id` and `subresource_names = ["amlworkspace"]`.
#     arm: >-
#       Add a `Microsoft.Network/privateEndpoints` resource whose `privateLinkServiceConnections[].properties` have `privateLinkServiceId` = the workspace's `resourceId()` and `groupIds: ["amlworkspace"]`.
#   fix:
#     none: >-
#       a private endpoint is a new resource in a subnet you choose: a design, not an edit
#   since: 0.1.0
package posture.azure.ml.private_endpoint

import data.posture.lib
import data.posture.lib.azure_ai

deny contains {"msg": msg} if {
	input.type == "Microsoft.MachineLearningServices/workspaces"
	not azure_ai.is_project
	azure_ai.private_link("amlworkspace") == "wrong"
	msg := sprintf("%s %s has private endpoints that do not connect to its \"amlworkspace\" sub-resource: %s.", [
		azure_ai.ws_noun,
		lib.label,
		azure_ai.private_endpoint_names,
	])
}

deny contains {"msg": msg, "status": lib.graph_status} if {
	input.type == "Microsoft.MachineLearningServices/workspaces"
	not azure_ai.is_project
	azure_ai.private_link("amlworkspace") == "none"
	msg := sprintf("%s %s is not reachable through a private endpoint: no private endpoint in the scanned files connects to it.", [azure_ai.ws_noun, lib.label])
}
