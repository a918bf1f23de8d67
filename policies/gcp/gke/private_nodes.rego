# METADATA
# title: GKE private nodes
# description: |
#   Nodes with external IP addresses are directly reachable from the
#   internet. Nodes are public unless private_cluster_config sets
#   enable_private_nodes = true.
# custom:
#   id: GCP-GKE-001
#   severity: high
#   resource_types: [google_container_cluster]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Add `private_cluster_config { enable_private_nodes = true; master_ipv4_cidr_block = "172.16.0.0/28" }` and give the nodes egress through Cloud NAT.
#   since: 0.1.0
package posture.gcp.gke.private_nodes

import data.posture.lib.terraform

path := ["private_cluster_config", 0, "enable_private_nodes"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	msg := sprintf("GKE cluster %s gives its nodes public IP addresses: %s.", [
		terraform.label, terraform.found(path, "nodes are public by default"),
	])
}
