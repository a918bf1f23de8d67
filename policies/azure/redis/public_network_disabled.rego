# METADATA
# title: Azure Cache for Redis public network access disabled
# description: |
#   A cache holding embeddings, prompts or session tokens should be reached
#   through a private endpoint only. Caches injected into a virtual network
#   are private already.
# custom:
#   id: AZ-RED-003
#   severity: medium
#   resource_types: [Microsoft.Cache/redis]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Cache for Redis should disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and add an `azurerm_private_endpoint` with subresource `redisCache`.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in `properties` and add a private endpoint with group id `redisCache`.
#   fix:
#     terraform:
#       set: {public_network_access_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.redis.public_network_disabled

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

# A cache injected into a subnet has no public endpoint.
vnet_injected if lib.has_value(["properties", "subnetId"])

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	not vnet_injected
	lib.known("properties.subnetId")
	msg := sprintf("Redis cache %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}
