# METADATA
# title: Synapse workspace public network access disabled
# description: |
#   Dedicated and serverless SQL endpoints, Spark and Studio of a workspace
#   holding training data should be reached through private endpoints only.
# custom:
#   id: AZ-SYN-001
#   severity: medium
#   resource_types: [Microsoft.Synapse/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Synapse workspaces should disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and add private endpoints (`Sql`, `SqlOnDemand`, `Dev`).
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in `properties` and add private endpoints.
#   fix:
#     terraform:
#       set: {public_network_access_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.synapse.public_network_disabled

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("Synapse workspace %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}
