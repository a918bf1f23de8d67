# METADATA
# title: No public IP on network interfaces or AKS nodes
# description: |
#   A public IP address on a VM network interface or on AKS nodes makes the
#   compute directly addressable from the internet, bypassing the load
#   balancers, firewalls and gateways of the perimeter.
# custom:
#   id: AZ-NET-004
#   severity: medium
#   resource_types: [Microsoft.Network/networkInterfaces, Microsoft.ContainerService/managedClusters, Microsoft.ContainerService/managedClusters/agentPools]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#   remediation:
#     terraform: >-
#       Remove `public_ip_address_id` from the `ip_configuration` (reach the VM through Azure Bastion or a load balancer); set `node_public_ip_enabled = false` (azurerm v3: `enable_node_public_ip`) on AKS node pools.
#     arm: >-
#       Remove `publicIPAddress` from the interface's `ipConfigurations[].properties`; set `"enableNodePublicIP": false` on AKS agent pools.
#   since: 0.1.0
package posture.azure.network.public_ip

import data.posture.lib

# A known public IP id.
deny contains {"msg": msg, "path": path} if {
	input.type == "Microsoft.Network/networkInterfaces"
	some i, cfg in input.resource.properties.ipConfigurations
	id := cfg.properties.publicIPAddress.id
	is_string(id)
	id != ""
	path := ["properties", "ipConfigurations", i, "properties", "publicIPAddress", "id"]
	msg := sprintf("Network interface %s has a public IP address on IP configuration %q: %s is %q.", [
		lib.label, object.get(cfg, "name", sprintf("%d", [i])), lib.attr(lib.path_string(path)), id,
	])
}

known_id(cfg) if is_string(cfg.properties.publicIPAddress.id)

# The id of a public IP resource, unknown until it is created but certainly
# set: the finding points at the IP configuration, whose name is known.
deny contains {"msg": msg, "path": ["properties", "ipConfigurations", i, "name"]} if {
	input.type == "Microsoft.Network/networkInterfaces"
	some ref in input.refs
	ref.attribute == "id"
	some i, cfg in input.resource.properties.ipConfigurations
	ref.path == sprintf("properties.ipConfigurations[%d].properties.publicIPAddress.id", [i])
	not known_id(cfg)
	msg := sprintf("Network interface %s has a public IP address on IP configuration %q: %s is the id of %s.", [
		lib.label, object.get(cfg, "name", sprintf("%d", [i])),
		lib.attr(ref.path), ref.target,
	])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "Microsoft.ContainerService/managedClusters"
	some i, pool in input.resource.properties.agentPoolProfiles
	pool.enableNodePublicIP == true
	path := ["properties", "agentPoolProfiles", i, "enableNodePublicIP"]
	msg := sprintf("AKS cluster %s gives the nodes of pool %q public IP addresses: %s.", [
		lib.label, object.get(pool, "name", sprintf("%d", [i])), lib.found(path, ""),
	])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "Microsoft.ContainerService/managedClusters/agentPools"
	input.resource.properties.enableNodePublicIP == true
	path := ["properties", "enableNodePublicIP"]
	msg := sprintf("AKS node pool %s gives its nodes public IP addresses: %s.", [lib.label, lib.found(path, "")])
}
