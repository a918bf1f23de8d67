# METADATA
# title: Service Bus namespace public network access disabled
# description: |
#   Event streams and queues that feed AI pipelines should be reached over
#   private endpoints only, so that a leaked credential cannot be used from
#   the internet.
# custom:
#   id: AZ-SB-002
#   severity: medium
#   resource_types: [Microsoft.ServiceBus/namespaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Service Bus Namespaces should disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and add an `azurerm_private_endpoint` with subresource `namespace`.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in `properties` and add a private endpoint with group id `namespace`.
#   fix:
#     terraform:
#       set: {public_network_access_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.servicebus.public_network_disabled

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("Service Bus namespace %s is reachable from public networks: %s%s.", [lib.label, lib.found(path, "public access is enabled by default"), tier_note])
}

# Private endpoints and network rules exist on the Premium tier only: on
# another tier the fix starts with the SKU.
tier_note := sprintf("; only the Premium tier can turn public access off (private endpoints, network rules), and %s", [lib.found(["sku", "name"], "")]) if {
	is_string(input.resource.sku.name)
	not lib.eq_ci(input.resource.sku.name, "Premium")
} else := ""
