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
import data.posture.lib.azure

path := ["properties", "networkProfile", "networkPolicy"]

dataplane := ["properties", "networkProfile", "networkDataplane"]

# AKS Automatic's network defaults to Azure CNI Overlay powered by Cilium,
# whose data plane enforces NetworkPolicies; AKS Standard's to Azure's.
default_dataplane := "cilium" if azure.aks_automatic

else := "azure"

# Whether the default data plane applies depends on the SKU only when the
# template does not choose one.
status := azure.aks_sku_status if not lib.has_value(dataplane)

else := "fail"

deny contains {"msg": msg, "path": path, "status": status} if {
	policy := object.get(input.resource, path, "none")
	lib.eq_ci(policy, "none")
	lib.known("properties.networkProfile.networkDataplane")
	not lib.eq_ci(object.get(input.resource, dataplane, default_dataplane), "cilium")
	msg := sprintf("AKS cluster %s enforces no Kubernetes NetworkPolicies: %s and %s.", [
		lib.label,
		lib.found(path, "no network policy engine by default"),
		dataplane_found,
	])
}

dataplane_found := "the data plane is not Cilium" if lib.has_value(dataplane)

else := "the data plane is not Cilium (Azure by default on AKS Standard clusters; AKS Automatic clusters default to Cilium)"
