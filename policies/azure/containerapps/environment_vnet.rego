# METADATA
# title: Container Apps environment is injected into a virtual network
# description: |
#   Without a custom virtual network the environment cannot use network
#   security groups, user-defined routes, a firewall for egress or private
#   endpoints of the data services the apps call.
# custom:
#   id: AZ-CA-005
#   severity: low
#   resource_types: [Microsoft.App/managedEnvironments]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Container App environments should use network injection
#   remediation:
#     terraform: >-
#       Set `infrastructure_subnet_id` to a dedicated subnet (the environment must be recreated).
#     arm: >-
#       Set `"vnetConfiguration": {"infrastructureSubnetId": ...}` in `properties` (at creation).
#   since: 0.2.0
package posture.azure.containerapps.environment_vnet

import data.posture.lib

path := ["properties", "vnetConfiguration", "infrastructureSubnetId"]

deny contains {"msg": msg, "path": path} if {
	not lib.has_value(path)
	msg := sprintf("Container Apps environment %s runs in a virtual network Azure manages, without NSGs, routes or private endpoints: %s.", [lib.label, lib.found(path, "")])
}
