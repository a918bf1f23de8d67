# METADATA
# title: GKE nodes do not use the Compute Engine default service account
# description: |
#   The Compute Engine default service account often holds Editor on the
#   project: a pod that escapes to the node gets project-wide write access.
#   Nodes use it unless node_config.service_account (or, for Autopilot and
#   node auto-provisioning, cluster_autoscaling.auto_provisioning_defaults.
#   service_account) names a dedicated account.
# custom:
#   id: GCP-GKE-007
#   severity: medium
#   resource_types: [google_container_cluster, google_container_node_pool]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   remediation:
#     terraform: >-
#       Set `node_config { service_account = google_service_account.nodes.email }` on every node pool (and `cluster_autoscaling { auto_provisioning_defaults { service_account = ... } }` for Autopilot or auto-provisioning) with only the logging, monitoring and registry roles.
#   since: 0.1.0
package posture.gcp.gke.node_service_account

import data.posture.lib
import data.posture.lib.gcp
import data.posture.lib.terraform

node_path := ["node_config", 0, "service_account"]

nap_path := ["cluster_autoscaling", 0, "auto_provisioning_defaults", 0, "service_account"]

autopilot if input.resource.enable_autopilot == true

# Paths of the service accounts that nodes of the input run as.
checked contains node_path if input.type == "google_container_node_pool"

checked contains node_path if {
	input.type == "google_container_cluster"
	not autopilot
	lib.known("enable_autopilot")
	object.get(input.resource, "remove_default_node_pool", false) != true
}

checked contains nap_path if {
	input.type == "google_container_cluster"
	autopilot
}

checked contains nap_path if {
	input.type == "google_container_cluster"
	not autopilot
	input.resource.cluster_autoscaling[0].enabled == true
}

deny contains {"msg": msg, "path": path} if {
	some path in checked
	gcp.default_compute_sa(object.get(input.resource, path, "default"))
	msg := sprintf("%s runs its nodes as the Compute Engine default service account: %s.", [
		terraform.label, terraform.found(path, "the Compute Engine default service account is used"),
	])
}
