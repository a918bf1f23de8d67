# METADATA
# title: GKE shielded nodes
# description: |
#   Shielded GKE nodes prove their identity to the control plane with a
#   vTPM, which stops node impersonation after a pod escape and boot-level
#   rootkits. They are on by default; only an explicit false turns them off.
# custom:
#   id: GCP-GKE-006
#   severity: medium
#   resource_types: [google_container_cluster]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-4]
#   remediation:
#     terraform: >-
#       Remove `enable_shielded_nodes = false` (the default is true).
#   fix:
#     terraform: {set: {enable_shielded_nodes: true}}
#   since: 0.1.0
package posture.gcp.gke.shielded_nodes

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["enable_shielded_nodes"]} if {
	input.resource.enable_shielded_nodes == false
	msg := sprintf("GKE cluster %s disables shielded nodes: enable_shielded_nodes = false.", [terraform.label])
}
