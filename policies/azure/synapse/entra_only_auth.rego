# METADATA
# title: Synapse workspace uses Microsoft Entra ID authentication only
# description: |
#   SQL authentication keeps a password-based administrator outside Entra
#   ID, Conditional Access and per-identity audit. Entra-only authentication
#   turns SQL logins off.
# custom:
#   id: AZ-SYN-002
#   severity: high
#   resource_types: [Microsoft.Synapse/workspaces]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Synapse Workspaces should use only Microsoft Entra identities for authentication
#   remediation:
#     terraform: >-
#       Set `azuread_authentication_only = true` with an Entra administrator (`azuread_admin` or `azurerm_synapse_workspace_aad_admin`).
#     arm: >-
#       Set `"azureADOnlyAuthentication": true` in `properties` with `cspWorkspaceAdminProperties` / an Entra administrator.
#   fix:
#     terraform:
#       set: {azuread_authentication_only: true}
#     arm:
#       set: {properties.azureADOnlyAuthentication: true}
#   since: 0.2.0
package posture.azure.synapse.entra_only_auth

import data.posture.lib

path := ["properties", "azureADOnlyAuthentication"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value != true
	msg := sprintf("Synapse workspace %s accepts SQL logins with passwords: %s.", [lib.label, lib.found(path, "SQL logins are allowed by default")])
}
