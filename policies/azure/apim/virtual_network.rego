# METADATA
# title: API Management gateway is deployed in a virtual network
# description: |
#   An AI gateway in front of Azure OpenAI should reach its back ends over
#   private networking and, in internal mode, serve only the private
#   network. The Consumption tier cannot be injected and is not judged.
# custom:
#   id: AZ-APIM-001
#   severity: medium
#   resource_types: [Microsoft.ApiManagement/service]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: API Management services should use a virtual network
#   remediation:
#     terraform: >-
#       Set `virtual_network_type = "Internal"` (or "External") with a `virtual_network_configuration { subnet_id = ... }` block.
#     arm: >-
#       Set `"virtualNetworkType": "Internal"` (or "External") and `virtualNetworkConfiguration.subnetResourceId` in `properties`.
#   since: 0.2.0
package posture.azure.apim.virtual_network

import data.posture.lib

path := ["properties", "virtualNetworkType"]

# The Consumption tier has no virtual network support.
consumption if startswith(lower(object.get(input.resource, ["sku", "name"], "")), "consumption")

deny contains {"msg": msg, "path": path} if {
	lib.eq_ci(object.get(input.resource, path, "None"), "None")
	not consumption
	lib.known("sku.name")
	msg := sprintf("API Management service %s is not deployed in a virtual network: %s.", [lib.label, lib.found(path, "no virtual network by default")])
}
