# METADATA
# title: Synapse workspace uses a managed virtual network
# description: |
#   Without a managed virtual network, Spark pools and integration runtimes
#   run in a shared network and cannot use managed private endpoints to
#   reach data stores privately.
# custom:
#   id: AZ-SYN-003
#   severity: medium
#   resource_types: [Microsoft.Synapse/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Managed workspace virtual network on Azure Synapse workspaces should be enabled
#   remediation:
#     terraform: >-
#       Set `managed_virtual_network_enabled = true` (at creation).
#     arm: >-
#       Set `"managedVirtualNetwork": "default"` in `properties` (at creation).
#   fix:
#     terraform:
#       set: {managed_virtual_network_enabled: true}
#     arm:
#       set: {properties.managedVirtualNetwork: "default"}
#   since: 0.2.0
package posture.azure.synapse.managed_vnet

import data.posture.lib

path := ["properties", "managedVirtualNetwork"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "")
	is_string(value)
	not lib.eq_ci(value, "default")
	msg := sprintf("Synapse workspace %s runs Spark and pipelines without a managed virtual network: %s.", [lib.label, lib.found(path, "no managed virtual network by default")])
}
