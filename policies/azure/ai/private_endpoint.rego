# METADATA
# title: AI Services account reachable through a private endpoint
# description: |
#   Private Link keeps prompt and completion traffic on the Microsoft
#   backbone and is what allows public network access to be disabled. A
#   private endpoint may be managed in another configuration, so an account
#   with none in the scanned files is only reviewed unless the scan is
#   declared complete.
# custom:
#   id: AZ-AI-008
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure AI Services resources should use Azure Private Link
#   remediation:
#     terraform: >-
#       Add an `azurerm_private_endpoint` whose `private_service_connection` has `private_connection_resource_id` = the account's `id` and `subresource_names = ["account"]`.
#     arm: >-
#       Add a `Microsoft.Network/privateEndpoints` resource whose `privateLinkServiceConnections[].properties` have `privateLinkServiceId` = the account's `resourceId()` and `groupIds: ["account"]`.
#   fix:
#     none: >-
#       a private endpoint is a new resource in a subnet you choose: a design, not an edit
#   since: 0.1.0
package posture.azure.ai.private_endpoint

import data.posture.lib
import data.posture.lib.azure_ai

deny contains {"msg": msg} if {
	input.type == "Microsoft.CognitiveServices/accounts"
	azure_ai.private_link("account") == "wrong"
	msg := sprintf("Cognitive Services account %s has private endpoints that do not connect to its \"account\" sub-resource: %s.", [
		lib.label,
		azure_ai.private_endpoint_names,
	])
}

deny contains {"msg": msg, "status": lib.graph_status} if {
	input.type == "Microsoft.CognitiveServices/accounts"
	azure_ai.private_link("account") == "none"
	msg := sprintf("Cognitive Services account %s is not reachable through a private endpoint: no private endpoint in the scanned files connects to it.", [lib.label])
}
