# METADATA
# title: AKS network policy engine configured
# description: |
#   Without a network policy engine, Kubernetes NetworkPolicy objects are
#   accepted but silently not enforced: every pod can reach every other
#   pod, including model servers and their data stores.
# custom:
#   id: AZ-AKS-005
#   severity: medium
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#   remediation:
#     terraform: >-
#       Set `network_profile { network_policy = "azure" }` (or "calico"/"cilium"), or use the Cilium data plane with `network_data_plane = "cilium"`.
#     arm: >-
#       Set `"networkProfile": { "networkPolicy": "azure", ... }` (or "calico"/"cilium"), or `"networkDataplane": "cilium"`, in the cluster's `properties`.
#   since: 0.1.0
package posture.azure.aks.network_policy

import data.posture.lib

path := ["properties", "networkProfile", "networkPolicy"]

deny contains {"msg": msg, "path": path} if {
	policy := object.get(input.resource, path, "none")
	lib.eq_ci(policy, "none")
	lib.known("properties.networkProfile.networkDataplane")
	not lib.eq_ci(object.get(input.resource, ["properties", "networkProfile", "networkDataplane"], "azure"), "cilium")
	msg := sprintf("AKS cluster %s enforces no Kubernetes NetworkPolicies: %s and the data plane is not Cilium.", [
		lib.label,
		lib.found(path, "no network policy engine by default"),
	])
}
