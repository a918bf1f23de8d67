# METADATA
# title: API Management public network access disabled
# description: |
#   With public network access disabled, the gateway of an API Management
#   service that is not in an internal virtual network is reached only
#   through its private endpoint. Services in internal mode have no public
#   gateway and are not judged.
# custom:
#   id: AZ-APIM-002
#   severity: medium
#   resource_types: [Microsoft.ApiManagement/service]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: API Management should disable public network access to the service configuration endpoints
#   remediation:
#     terraform: >-
#       Add an `azurerm_private_endpoint` with subresource `Gateway`, then set `public_network_access_enabled = false` (it cannot be disabled when the service is created).
#     arm: >-
#       Add a private endpoint with group id `Gateway`, then set `"publicNetworkAccess": "Disabled"` in `properties`.
#   fix:
#     terraform:
#       set: {public_network_access_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.apim.public_network_disabled

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

internal if lib.eq_ci(object.get(input.resource, ["properties", "virtualNetworkType"], "None"), "Internal")

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	not internal
	lib.known("properties.virtualNetworkType")
	msg := sprintf("API Management service %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}
