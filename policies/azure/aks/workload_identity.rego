# METADATA
# title: AKS workload identity enabled (OIDC issuer and federated credentials)
# description: |
#   Pods that call Azure OpenAI, Storage or Key Vault should use federated
#   managed identities instead of mounted keys or the node's identity.
#   Workload identity needs both the OIDC issuer and the workload identity
#   webhook.
# custom:
#   id: AZ-AKS-008
#   severity: medium
#   resource_types: [Microsoft.ContainerService/managedClusters]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   defender: Azure Kubernetes Service Clusters should enable workload identity
#   remediation:
#     terraform: >-
#       Set `workload_identity_enabled = true` and `oidc_issuer_enabled = true` (the default from azurerm 4.0).
#     arm: >-
#       Set `"securityProfile": { "workloadIdentity": { "enabled": true } }` and `"oidcIssuerProfile": { "enabled": true }` in the cluster's `properties`.
#   fix:
#     terraform: {set: {workload_identity_enabled: true, oidc_issuer_enabled: true}}
#     arm: {set: {properties.securityProfile.workloadIdentity.enabled: true, properties.oidcIssuerProfile.enabled: true}}
#   since: 0.1.0
package posture.azure.aks.workload_identity

import data.posture.lib
import data.posture.lib.azure

wi := ["properties", "securityProfile", "workloadIdentity", "enabled"]

oidc := ["properties", "oidcIssuerProfile", "enabled"]

deny contains {"msg": msg, "path": wi, "status": azure.aks_sku_status} if {
	object.get(input.resource, wi, false) != true
	not azure.aks_automatic
	msg := sprintf("AKS cluster %s does not enable workload identity, so pods need keys or the node identity to reach Azure: %s.", [
		lib.label,
		lib.found(wi, azure.aks_standard_default("off by default")),
	])
}

# Workload identity without the OIDC issuer cannot federate.
deny contains {"msg": msg, "path": oidc} if {
	input.resource.properties.securityProfile.workloadIdentity.enabled == true
	input.resource.properties.oidcIssuerProfile.enabled == false
	not input.defaults["properties.oidcIssuerProfile.enabled"]
	not azure.aks_automatic
	msg := sprintf("AKS cluster %s enables workload identity without the OIDC issuer it needs: %s.", [
		lib.label,
		lib.found(oidc, ""),
	])
}
