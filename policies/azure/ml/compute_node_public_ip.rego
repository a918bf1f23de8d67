# METADATA
# title: ML compute nodes have no public IP
# description: |
#   Node public IPs put GPU compute on the internet and bypass the
#   workspace's network isolation. The azurerm provider and the service both
#   give nodes a public IP unless told otherwise.
# custom:
#   id: AZ-ML-009
#   severity: high
#   resource_types: [Microsoft.MachineLearningServices/workspaces/computes]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `node_public_ip_enabled = false` (forces a new compute; needs a `subnet_resource_id` or a workspace managed network).
#     arm: >-
#       Set `properties.properties.enableNodePublicIp` to `false` (with a subnet or a workspace managed network).
#   since: 0.1.0
package posture.azure.ml.compute_node_public_ip

import data.posture.lib
import data.posture.lib.azure_ai

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "properties", "enableNodePublicIp"]
	object.get(input.resource, path, true) != false
	azure_ai.is_vm_compute
	msg := sprintf("Compute %s (%s) gives its nodes public IP addresses: %s.", [
		lib.label,
		input.resource.properties.computeType,
		lib.found(path, "public IPs by default"),
	])
}
