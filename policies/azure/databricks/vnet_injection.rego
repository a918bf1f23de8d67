# METADATA
# title: Databricks workspace is deployed in a customer virtual network
# description: |
#   VNet injection puts the clusters in a network the customer controls:
#   network security groups, routes through a firewall for egress, and
#   private endpoints to the data stores the notebooks read.
# custom:
#   id: AZ-DBW-003
#   severity: low
#   resource_types: [Microsoft.Databricks/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Databricks Workspaces should be in a virtual network
#   remediation:
#     terraform: >-
#       Set `custom_parameters { virtual_network_id, public_subnet_name, private_subnet_name, …_network_security_group_association_id }` (at creation).
#     arm: >-
#       Set `customVirtualNetworkId`, `customPublicSubnetName` and `customPrivateSubnetName` in `properties.parameters` (at creation).
#   since: 0.2.0
package posture.azure.databricks.vnet_injection

import data.posture.lib

path := ["properties", "parameters", "customVirtualNetworkId", "value"]

deny contains {"msg": msg, "path": path} if {
	not lib.has_value(path)
	lib.known_under("properties.parameters")
	msg := sprintf("Databricks workspace %s runs its clusters in a network Databricks manages, without the customer's NSGs, routes or private endpoints: %s.", [lib.label, lib.found(path, "")])
}
