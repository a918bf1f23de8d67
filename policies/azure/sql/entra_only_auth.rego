# METADATA
# title: Azure SQL uses Microsoft Entra-only authentication
# description: |
#   SQL logins are passwords outside Entra ID governance: no MFA, no
#   Conditional Access, no PIM, and they survive the departure of the
#   people who know them. Entra-only authentication disables them on the
#   server.
# custom:
#   id: AZ-SQL-001
#   severity: high
#   resource_types: [Microsoft.Sql/servers]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Azure SQL Database should have Microsoft Entra-only authentication enabled
#   remediation:
#     terraform: >-
#       Add an `azuread_administrator` block with `azuread_authentication_only = true`.
#     arm: >-
#       Set `"administrators": { "administratorType": "ActiveDirectory", "azureADOnlyAuthentication": true, ... }` in the server's `properties`, or add a `Microsoft.Sql/servers/azureADOnlyAuthentications` child named `Default` with `"azureADOnlyAuthentication": true`.
#   since: 0.1.0
package posture.azure.sql.entra_only_auth

import data.posture.lib

path := ["properties", "administrators", "azureADOnlyAuthentication"]

# A child azureADOnlyAuthentications resource turns it on (or cannot be
# known: the benefit of the doubt).
child_enables if {
	some c in lib.referrers("Microsoft.Sql/servers/azureADOnlyAuthentications")
	object.get(c.resource, ["properties", "azureADOnlyAuthentication"], false) == true
}

child_enables if {
	some c in lib.referrers("Microsoft.Sql/servers/azureADOnlyAuthentications")
	c.unknown["properties.azureADOnlyAuthentication"]
}

default_desc := "azuread_administrator is not declared, so SQL logins are accepted" if {
	lib.is_terraform
	not lib.has_value(["properties", "administrators"])
} else := "SQL authentication stays enabled by default"

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	not child_enables
	msg := sprintf("SQL server %s accepts SQL authentication (logins and passwords): %s.", [
		lib.label,
		lib.found(path, default_desc),
	])
}
