# METADATA
# title: Data Factory public network access disabled
# description: |
#   Pipelines that move training data and documents into AI stores should be
#   managed and reached over private endpoints, not from the internet.
# custom:
#   id: AZ-ADF-001
#   severity: medium
#   resource_types: [Microsoft.DataFactory/factories]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Public network access on Azure Data Factory should be disabled
#   remediation:
#     terraform: >-
#       Set `public_network_enabled = false` and add private endpoints (`dataFactory`, `portal`).
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in `properties` and add private endpoints.
#   fix:
#     terraform:
#       set: {public_network_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.datafactory.public_network_disabled

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("Data factory %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}
