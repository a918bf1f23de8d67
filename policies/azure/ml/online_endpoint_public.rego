# METADATA
# title: Machine Learning online endpoints disable public network access
# description: |
#   A managed online endpoint with public network access serves the model to
#   the internet: anyone with a key or token can score it, probe it and
#   extract it. Disabled, it is reached through the workspace's private
#   endpoint only.
# custom:
#   id: AZ-ML-011
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces/onlineEndpoints]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `publicNetworkAccess = "Disabled"` in the endpoint's `properties` (azapi_resource body) and score it through the workspace's private endpoint.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the endpoint's `properties`.
#   fix:
#     terraform:
#       none: "azapi bodies are edited by hand"
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.ml.online_endpoint_public

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("Online endpoint %s serves the model to public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}
