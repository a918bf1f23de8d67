# METADATA
# title: Databricks clusters have no public IP addresses
# description: |
#   Without secure cluster connectivity every cluster node gets a public IP
#   address and open ports for the control plane. With it, nodes have
#   private addresses only and connect out through a relay.
# custom:
#   id: AZ-DBW-002
#   severity: medium
#   resource_types: [Microsoft.Databricks/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Databricks Clusters should disable public IP
#   remediation:
#     terraform: >-
#       Set `custom_parameters { no_public_ip = true }` (the default from azurerm 4.0).
#     arm: >-
#       Set `"enableNoPublicIp": {"value": true}` in `properties.parameters`, or leave it out on API versions that default it to true.
#   fix:
#     terraform:
#       set: {custom_parameters.no_public_ip: true}
#     arm:
#       set: {properties.parameters.enableNoPublicIp.value: true}
#   since: 0.2.0
package posture.azure.databricks.no_public_ip

import data.posture.lib

path := ["properties", "parameters", "enableNoPublicIp", "value"]

# basis is what the provider version says about the default, when the
# azurerm mapping had to pick a version-dependent default.
basis := b if {
	some b in split(object.get(input.meta, "default_basis", ""), "; ")
	contains(b, "no_public_ip")
}

default_desc := sprintf("nodes get public IPs by default: %s", [basis]) if basis

else := ""

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, true) == false
	msg := sprintf("Databricks workspace %s gives its cluster nodes public IP addresses: %s.", [lib.label, lib.found(path, default_desc)])
}
