# METADATA
# title: Synapse workspace prevents data exfiltration
# description: |
#   Data exfiltration protection limits the managed private endpoints of the
#   workspace to approved tenants, so that notebooks cannot copy training
#   data to an attacker's storage.
# custom:
#   id: AZ-SYN-004
#   severity: medium
#   resource_types: [Microsoft.Synapse/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Synapse workspaces should allow outbound data traffic only to approved targets
#   remediation:
#     terraform: >-
#       Set `data_exfiltration_protection_enabled = true` with `managed_virtual_network_enabled = true` (at creation).
#     arm: >-
#       Set `"managedVirtualNetworkSettings": {"preventDataExfiltration": true}` with `"managedVirtualNetwork": "default"` in `properties`.
#   fix:
#     terraform:
#       set: {data_exfiltration_protection_enabled: true}
#     arm:
#       set: {properties.managedVirtualNetworkSettings.preventDataExfiltration: true}
#   since: 0.2.0
package posture.azure.synapse.exfiltration_protection

import data.posture.lib

path := ["properties", "managedVirtualNetworkSettings", "preventDataExfiltration"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value != true
	msg := sprintf("Synapse workspace %s lets notebooks and pipelines send data to any tenant: %s.", [lib.label, lib.found(path, "off by default")])
}
