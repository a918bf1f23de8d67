# METADATA
# title: GKE legacy ABAC disabled
# description: |
#   Legacy ABAC grants static, cluster-wide permissions outside RBAC and
#   IAM, which cannot be audited or scoped per namespace.
# custom:
#   id: GCP-GKE-004
#   severity: high
#   resource_types: [google_container_cluster]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       Remove `enable_legacy_abac = true` (the default is false) and grant access with Kubernetes RBAC and IAM.
#   fix:
#     terraform: {set: {enable_legacy_abac: false}}
#   since: 0.1.0
package posture.gcp.gke.legacy_abac

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["enable_legacy_abac"]} if {
	input.resource.enable_legacy_abac == true
	msg := sprintf("GKE cluster %s enables legacy ABAC authorization: enable_legacy_abac = true.", [terraform.label])
}
