# METADATA
# title: AKS API server not open to the internet (private cluster or authorized IP ranges)
# description: |
#   A public API server without authorized IP ranges is exposed to
#   credential attacks and Kubernetes CVEs from the whole internet. Make
#   the cluster private, or restrict the API server to known address
#   ranges.
# custom:
#   id: AZ-AKS-004
#   severity: high
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Authorized IP ranges should be defined on Kubernetes Services; Azure Kubernetes Service Private Clusters should be enabled
#   remediation:
#     terraform: >-
#       Set `private_cluster_enabled = true`, or `api_server_access_profile { authorized_ip_ranges = ["203.0.113.0/24"] }` (azurerm v3: `api_server_authorized_ip_ranges`) without `0.0.0.0/0`.
#     arm: >-
#       Set `"apiServerAccessProfile": { "enablePrivateCluster": true }`, or `"authorizedIPRanges": [...]` without `0.0.0.0/0`, in the cluster's `properties`.
#   since: 0.1.0
package posture.azure.aks.api_server_restricted

import data.posture.lib

private_path := ["properties", "apiServerAccessProfile", "enablePrivateCluster"]

ranges_path := ["properties", "apiServerAccessProfile", "authorizedIPRanges"]

public if {
	object.get(input.resource, private_path, false) != true
	lib.known("properties.apiServerAccessProfile.enablePrivateCluster")
}

open_ranges := {"0.0.0.0/0", "0.0.0.0", "*", "::/0"}

deny contains {"msg": msg, "path": path} if {
	public
	some i, r in object.get(input.resource, ranges_path, [])
	trim_space(r) in open_ranges
	path := array.concat(ranges_path, [i])
	msg := sprintf("AKS cluster %s exposes its API server to the internet: authorized IP range %q admits every address and the cluster is not private.", [lib.label, r])
}

deny contains {"msg": msg, "path": private_path} if {
	public
	lib.known("properties.apiServerAccessProfile.authorizedIPRanges")
	count(object.get(input.resource, ranges_path, [])) == 0
	msg := sprintf("AKS cluster %s exposes its API server to the internet: %s and no authorized IP ranges are set.", [
		lib.label,
		lib.found(private_path, "public by default"),
	])
}
