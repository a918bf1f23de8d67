# METADATA
# title: Container Apps environment has no public endpoint
# description: |
#   An external environment gets a public IP address for the ingress of all
#   its apps. An internal environment (or one with public network access
#   disabled) is reached only from its virtual network or through private
#   endpoints.
# custom:
#   id: AZ-CA-004
#   severity: medium
#   resource_types: [Microsoft.App/managedEnvironments]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Container Apps environment should disable public network access
#   remediation:
#     terraform: >-
#       Set `internal_load_balancer_enabled = true` with an `infrastructure_subnet_id` (or `public_network_access = "Disabled"` with a private endpoint).
#     arm: >-
#       Set `"vnetConfiguration": {"internal": true, "infrastructureSubnetId": ...}` (or `"publicNetworkAccess": "Disabled"`) in `properties`.
#   since: 0.2.0
package posture.azure.containerapps.environment_internal

import data.posture.lib

internal := ["properties", "vnetConfiguration", "internal"]

public_access := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": internal} if {
	object.get(input.resource, internal, false) != true
	not lib.eq_ci(object.get(input.resource, public_access, "Enabled"), "Disabled")
	lib.known("properties.publicNetworkAccess")
	msg := sprintf("Container Apps environment %s has a public endpoint: %s.", [lib.label, lib.found(internal, "environments are external by default")])
}
