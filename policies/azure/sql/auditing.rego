# METADATA
# title: Azure SQL server auditing enabled
# description: |
#   Server auditing records who queried and changed which data; it is
#   needed to investigate what AI applications and agents pulled from the
#   database. Auditing is off unless a server auditing policy enables it.
# custom:
#   id: AZ-SQL-005
#   severity: medium
#   resource_types: [Microsoft.Sql/servers, Microsoft.Sql/servers/auditingSettings, Microsoft.Sql/servers/extendedAuditingSettings]
#   formats: [terraform, arm]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     cis-azure: ["5.1.1"]
#   defender: Auditing on SQL server should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_mssql_server_extended_auditing_policy` with `server_id = azurerm_mssql_server.<name>.id` and `enabled = true` (the default), sending logs to Log Analytics or a storage account.
#     arm: >-
#       Add a `Microsoft.Sql/servers/auditingSettings` child named `default` with `"state": "Enabled"`.
#   since: 0.1.0
package posture.azure.sql.auditing

import data.posture.lib

setting_types := {"Microsoft.Sql/servers/auditingSettings", "Microsoft.Sql/servers/extendedAuditingSettings"}

# An auditing setting that turns auditing off.
deny contains {"msg": msg, "path": path} if {
	input.type in setting_types
	path := ["properties", "state"]
	lib.eq_ci(input.resource.properties.state, "Disabled")
	msg := sprintf("SQL server auditing policy %s turns auditing off: %s.", [
		lib.label,
		lib.found(path, ""),
	])
}

# A server with no auditing setting in the scan: it may be set elsewhere
# unless the scan is complete.
deny contains {"msg": msg, "status": lib.graph_status} if {
	input.type == "Microsoft.Sql/servers"
	count([s | some t in setting_types; some s in lib.referrers(t)]) == 0
	msg := sprintf("SQL server %s has no auditing policy in the scan, so server auditing is off.", [lib.label])
}
