# METADATA
# title: Machine Learning online endpoints authenticate with Entra ID tokens, not keys
# description: |
#   Key authentication gives every caller the same long-lived secret,
#   outside Entra ID, Conditional Access and per-identity audit. AADToken
#   mode requires an Entra ID token with the scoring permission.
# custom:
#   id: AZ-ML-012
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces/onlineEndpoints]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   remediation:
#     terraform: >-
#       Set `authMode = "AADToken"` in the endpoint's `properties` (azapi_resource body) and grant callers the AzureML Data Scientist role or a custom role with the score action.
#     arm: >-
#       Set `"authMode": "AADToken"` in the endpoint's `properties`.
#   fix:
#     terraform:
#       none: "azapi bodies are edited by hand"
#     arm:
#       set: {properties.authMode: "AADToken"}
#   since: 0.2.0
package posture.azure.ml.online_endpoint_auth

import data.posture.lib

path := ["properties", "authMode"]

deny contains {"msg": msg, "path": path} if {
	lib.eq_ci(object.get(input.resource, path, ""), "Key")
	msg := sprintf("Online endpoint %s accepts a static key for scoring: %s.", [lib.label, lib.found(path, "")])
}
