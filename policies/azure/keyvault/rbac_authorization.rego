# METADATA
# title: Key Vault uses the RBAC permission model
# description: |
#   Vault access policies grant vault-wide permissions outside Azure RBAC:
#   they are not governed by PIM, Conditional Access or deny assignments,
#   and anyone who can write the vault can grant themselves secret access.
#   The Azure RBAC permission model scopes access per key and secret.
# custom:
#   id: AZ-KV-002
#   severity: medium
#   resource_types: [Microsoft.KeyVault/vaults]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#     cis-azure: ["3.3.6"]
#   defender: Azure Key Vault should use RBAC permission model
#   remediation:
#     terraform: >-
#       Set `rbac_authorization_enabled = true` (before azurerm 4.42: `enable_rbac_authorization = true`), replace `access_policy` blocks with `azurerm_role_assignment`s.
#     arm: >-
#       Set `"enableRbacAuthorization": true` in the vault's `properties` (the default only from API version 2026-02-01) and grant access with role assignments.
#   fix:
#     terraform: {set: {rbac_authorization_enabled|enable_rbac_authorization: true}}
#     arm: {set: {properties.enableRbacAuthorization: true}}
#   since: 0.1.0
package posture.azure.keyvault.rbac_authorization

import data.posture.lib

path := ["properties", "enableRbacAuthorization"]

# From API version 2026-02-01, a vault created without the property uses
# the RBAC model.
rbac_by_default if {
	not lib.is_terraform
	is_string(input.resource.apiVersion)
	input.resource.apiVersion >= "2026-02-01"
}

default_desc := sprintf("access policies by default with API version %s", [input.resource.apiVersion]) if {
	is_string(input.resource.apiVersion)
} else := "access policies by default"

deny contains {"msg": msg, "path": path} if {
	input.resource.properties.enableRbacAuthorization == false
	msg := sprintf("Key Vault %s uses vault access policies instead of Azure RBAC: %s.", [
		lib.label,
		lib.found(path, default_desc),
	])
}

deny contains {"msg": msg, "path": path} if {
	not lib.has_value(path)
	not rbac_by_default
	msg := sprintf("Key Vault %s uses vault access policies instead of Azure RBAC: %s.", [
		lib.label,
		lib.found(path, default_desc),
	])
}
