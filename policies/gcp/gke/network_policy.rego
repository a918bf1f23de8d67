# METADATA
# title: GKE network policy enforcement
# description: |
#   Without an enforcing data plane, Kubernetes NetworkPolicies are ignored
#   and AI pods can reach everything in the cluster. Enforcement needs
#   network_policy.enabled = true, or Dataplane V2
#   (datapath_provider = "ADVANCED_DATAPATH"), or Autopilot.
# custom:
#   id: GCP-GKE-005
#   severity: medium
#   resource_types: [google_container_cluster]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#   remediation:
#     terraform: >-
#       Set `datapath_provider = "ADVANCED_DATAPATH"` (Dataplane V2), or `network_policy { enabled = true }` with `addons_config { network_policy_config { disabled = false } }`.
#   since: 0.1.0
package posture.gcp.gke.network_policy

import data.posture.lib
import data.posture.lib.terraform

path := ["network_policy", 0, "enabled"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	object.get(input.resource, "datapath_provider", "LEGACY_DATAPATH") != "ADVANCED_DATAPATH"
	object.get(input.resource, "enable_autopilot", false) != true
	lib.known("datapath_provider")
	lib.known("enable_autopilot")
	msg := sprintf("GKE cluster %s does not enforce network policies: %s and datapath_provider is not \"ADVANCED_DATAPATH\".", [
		terraform.label, terraform.found(path, "the default is false"),
	])
}
