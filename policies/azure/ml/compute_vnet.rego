# METADATA
# title: ML compute in a virtual network (or workspace managed VNet)
# description: |
#   A compute instance or cluster that is neither in a subnet nor in a
#   workspace with a managed virtual network is publicly addressable. The
#   workspace may be declared in another configuration, so a compute whose
#   workspace is not in the scanned files is only reviewed unless the scan
#   is declared complete.
# custom:
#   id: AZ-ML-010
#   severity: medium
#   resource_types: [Microsoft.MachineLearningServices/workspaces/computes]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Machine Learning Computes should be in a virtual network
#   remediation:
#     terraform: >-
#       Set `subnet_resource_id` on the compute, or give the workspace `managed_network { isolation_mode = "AllowOnlyApprovedOutbound" }`.
#     arm: >-
#       Set `properties.properties.subnet.id` on the compute, or set the workspace's `properties.managedNetwork.isolationMode` to `"AllowOnlyApprovedOutbound"`.
#   since: 0.1.0
package posture.azure.ml.compute_vnet

import data.posture.lib
import data.posture.lib.azure_ai

subnet := ["properties", "properties", "subnet", "id"]

isolation := ["properties", "managedNetwork", "isolationMode"]

# The workspace whose network the compute uses: its parent, or the hub of a
# parent project.
workspaces contains p if {
	some p in azure_ai.parents
	not is_project(p)
}

workspaces contains data.posture.resources[r.target] if {
	some p in azure_ai.parents
	is_project(p)
	some r in p.refs
	r.path == "properties.hubResourceId"
}

is_project(ws) if lib.eq_ci(ws.resource.kind, "Project")

managed(ws) if startswith(lower(object.get(ws.resource, isolation, "Disabled")), "allow")

isolation_unknown(ws) if {
	some k, _ in ws.unknown
	startswith(k, "properties.managedNetwork")
}

no_subnet if {
	object.get(input.resource, subnet, "") == ""
	lib.known_with_ancestors(subnet)
	azure_ai.is_vm_compute
}

deny contains {"msg": msg, "path": subnet} if {
	input.type == "Microsoft.MachineLearningServices/workspaces/computes"
	no_subnet
	some ws in workspaces
	not managed(ws)
	not isolation_unknown(ws)
	msg := sprintf("Compute %s is in no virtual network: %s and its workspace %q has no managed network (%s).", [
		lib.label,
		lib.found(subnet, "no subnet"),
		ws.name,
		object.get(ws.resource, isolation, "Disabled"),
	])
}

deny contains {"msg": msg, "path": subnet, "status": lib.graph_status} if {
	input.type == "Microsoft.MachineLearningServices/workspaces/computes"
	no_subnet
	count(workspaces) == 0
	msg := sprintf("Compute %s is in no virtual network (%s) and its workspace is not in the scanned files, so its managed network cannot be checked.", [
		lib.label,
		lib.found(subnet, "no subnet"),
	])
}
