# METADATA
# title: GKE control plane not reachable from the whole internet
# description: |
#   A public API server endpoint without authorized networks is exposed to
#   credential and vulnerability attacks from anywhere. The endpoint is
#   public unless enable_private_endpoint is true or the IP endpoint is
#   disabled; master_authorized_networks_config must then restrict it
#   (without 0.0.0.0/0 and without Google Cloud public ranges).
# custom:
#   id: GCP-GKE-002
#   severity: high
#   resource_types: [google_container_cluster]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `private_cluster_config { enable_private_endpoint = true }`, or add `master_authorized_networks_config { cidr_blocks { cidr_block = "<office range>" } }` without `0.0.0.0/0` and with `gcp_public_cidrs_access_enabled = false`.
#   since: 0.1.0
package posture.gcp.gke.control_plane_access

import data.posture.lib
import data.posture.lib.terraform

private_endpoint if object.get(input.resource, ["private_cluster_config", 0, "enable_private_endpoint"], false) == true

private_endpoint if object.get(input.resource, ["control_plane_endpoints_config", 0, "ip_endpoints_config", 0, "enabled"], true) == false

public if {
	not private_endpoint
	lib.known("private_cluster_config[0].enable_private_endpoint")
	lib.known("control_plane_endpoints_config[0].ip_endpoints_config[0].enabled")
}

man := "master_authorized_networks_config"

deny contains {"msg": msg, "path": [man]} if {
	public
	count(object.get(input.resource, man, [])) == 0
	msg := sprintf("GKE cluster %s exposes its control plane to the whole internet: the endpoint is public and master_authorized_networks_config is not set.", [terraform.label])
}

deny contains {"msg": msg, "path": path} if {
	public
	some i, c in input.resource[man]
	some j, b in c.cidr_blocks
	b.cidr_block in {"0.0.0.0/0", "::/0"}
	path := [man, i, "cidr_blocks", j, "cidr_block"]
	msg := sprintf("GKE cluster %s exposes its control plane to the whole internet: %s.", [terraform.label, terraform.found(path, "")])
}

deny contains {"msg": msg, "path": path} if {
	public
	some i, c in input.resource[man]
	c.gcp_public_cidrs_access_enabled == true
	path := [man, i, "gcp_public_cidrs_access_enabled"]
	msg := sprintf("GKE cluster %s lets every Google Cloud public IP reach its control plane: %s.", [terraform.label, terraform.found(path, "")])
}
