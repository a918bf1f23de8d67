# METADATA
# title: Scale set instances have no public IP addresses
# description: |
#   A public IP address on every instance of a GPU or inference scale set
#   puts each node's services on the internet, guarded only by network
#   security group rules. Publish through a load balancer or gateway
#   instead.
# custom:
#   id: AZ-VM-004
#   severity: medium
#   resource_types: [Microsoft.Compute/virtualMachineScaleSets]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Remove the `public_ip_address` block from `network_interface.ip_configuration`; reach the instances through Bastion, a load balancer or a gateway.
#     arm: >-
#       Remove `publicIPAddressConfiguration` from the scale set's `ipConfigurations`.
#   since: 0.2.0
package posture.azure.compute.scale_set_public_ip

import data.posture.lib

nics := ["properties", "virtualMachineProfile", "networkProfile", "networkInterfaceConfigurations"]

deny contains {"msg": msg, "path": path} if {
	some i, nic in object.get(input.resource, nics, [])
	some j, ip in object.get(nic, ["properties", "ipConfigurations"], [])
	object.get(ip, ["properties", "publicIPAddressConfiguration"], null) != null
	path := array.concat(nics, [i, "properties", "ipConfigurations", j, "properties", "publicIPAddressConfiguration"])
	msg := sprintf("Scale set %s gives every instance a public IP address (network interface %q).", [lib.label, object.get(nic, "name", sprintf("%d", [i]))])
}
