# METADATA
# title: GKE Workload Identity with the GKE metadata server
# description: |
#   Without Workload Identity, pods read the node service account's token
#   from the metadata server, so any compromised AI pod gets the node's
#   credentials. Standard clusters have it off unless workload_identity_config
#   sets a workload pool; node pools then use the GKE metadata server unless
#   workload_metadata_config sets mode = "GCE_METADATA" (Autopilot clusters
#   always have it).
# custom:
#   id: GCP-GKE-003
#   severity: high
#   resource_types: [google_container_cluster, google_container_node_pool]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   remediation:
#     terraform: >-
#       Set `workload_identity_config { workload_pool = "${var.project}.svc.id.goog" }` on the cluster and `workload_metadata_config { mode = "GKE_METADATA" }` in the `node_config` of every node pool.
#   since: 0.1.0
package posture.gcp.gke.workload_identity

import data.posture.lib
import data.posture.lib.terraform

pool_path := ["workload_identity_config", 0, "workload_pool"]

autopilot(r) if object.get(r, "enable_autopilot", false) == true

deny contains {"msg": msg, "path": pool_path} if {
	input.type == "google_container_cluster"
	not autopilot(input.resource)
	lib.known("enable_autopilot")
	object.get(input.resource, pool_path, "") == ""
	msg := sprintf("GKE cluster %s does not use Workload Identity, so pods can read the node's credentials: %s.", [
		terraform.label, terraform.found(pool_path, "Workload Identity is off on Standard clusters"),
	])
}

mode_path := ["node_config", 0, "workload_metadata_config", 0, "mode"]

deny contains {"msg": msg, "path": mode_path} if {
	object.get(input.resource, mode_path, "") == "GCE_METADATA"
	msg := sprintf("%s exposes the node's metadata server to pods: %s.", [terraform.label, terraform.found(mode_path, "")])
}

# A node pool of a cluster in the scan without Workload Identity keeps the
# Compute Engine metadata server (the cluster itself is reported above).
deny contains {"msg": msg, "path": mode_path} if {
	input.type == "google_container_node_pool"
	object.get(input.resource, mode_path, "") == ""
	some ref in input.refs
	ref.path == "cluster"
	cluster := data.posture.resources[ref.target]
	cluster.type == "google_container_cluster"
	not autopilot(cluster.resource)
	object.get(cluster.resource, pool_path, "") == ""
	not cluster.unknown["workload_identity_config[0].workload_pool"]
	not cluster.unknown.workload_identity_config
	msg := sprintf("%s exposes the node's metadata server to pods: %s and cluster %s has no Workload Identity.", [
		terraform.label, terraform.found(mode_path, "inherited from the cluster"), cluster.address,
	])
}

# A node pool whose cluster is not in the scan: the mode depends on it.
deny contains {"msg": msg, "path": mode_path, "status": lib.graph_status} if {
	input.type == "google_container_node_pool"
	object.get(input.resource, mode_path, "") == ""
	not cluster_in_scan
	msg := sprintf("%s does not set workload_metadata_config.mode and its cluster is not in the scanned files: pods may read the node's credentials.", [terraform.label])
}

cluster_in_scan if {
	some ref in input.refs
	ref.path == "cluster"
	data.posture.resources[ref.target].type == "google_container_cluster"
}
