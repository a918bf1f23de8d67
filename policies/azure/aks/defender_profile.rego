# METADATA
# title: AKS Defender profile (sensor) enabled
# description: |
#   The Defender sensor gives runtime threat detection on the nodes of AI
#   inference clusters (cryptomining, container escapes, credential
#   theft); without it Defender for Containers sees only the control
#   plane.
# custom:
#   id: AZ-AKS-007
#   severity: medium
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Enable enhanced security features
#   compliance:
#     mcsb: [LT-1, LT-2]
#   defender: Azure Kubernetes Service clusters should have Defender profile enabled
#   remediation:
#     terraform: >-
#       Add `microsoft_defender { log_analytics_workspace_id = ... }`.
#     arm: >-
#       Set `"securityProfile": { "defender": { "securityMonitoring": { "enabled": true }, "logAnalyticsWorkspaceResourceId": "..." } }` in the cluster's `properties`.
#   since: 0.1.0
package posture.azure.aks.defender_profile

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "securityProfile", "defender", "securityMonitoring", "enabled"]
	object.get(input.resource, path, false) != true
	msg := sprintf("AKS cluster %s has no Defender sensor for runtime threat detection: %s.", [
		lib.label,
		lib.found(path, "off by default"),
	])
}
