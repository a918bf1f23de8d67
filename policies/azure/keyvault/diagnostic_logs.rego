# METADATA
# title: Key Vault resource logs enabled
# description: |
#   AuditEvent logs are the only record of who read which secret or used
#   which key; without them a stolen AI API key cannot be traced. A
#   diagnostic setting on the vault must send the audit category to a
#   workspace, storage account or event hub.
# custom:
#   id: AZ-KV-006
#   severity: medium
#   resource_types: [Microsoft.KeyVault/vaults]
#   formats: [terraform, arm]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [DP-8, LT-3]
#     cis-azure: ["6.1.4"]
#   defender: Resource logs in Key Vault should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_monitor_diagnostic_setting` with `target_resource_id = azurerm_key_vault.<name>.id` and `enabled_log { category_group = "audit" }` (or `category = "AuditEvent"`).
#     arm: >-
#       Add a `Microsoft.Insights/diagnosticSettings` resource with `"scope"` set to the vault (Bicep `scope: vault`) and `"logs": [{ "categoryGroup": "audit", "enabled": true }]`.
#   since: 0.1.0
package posture.azure.keyvault.diagnostic_logs

import data.posture.lib
import data.posture.lib.azure

audit_groups := {"audit", "alllogs"}

audited if {
	some s in azure.diagnostic_settings
	azure.exports_log(s, "AuditEvent", audit_groups)
}

undecided if {
	some s in azure.diagnostic_settings
	azure.logs_unknown(s)
}

# Diagnostic settings of the scan target the vault but none sends its
# audit logs.
deny contains {"msg": msg} if {
	input.type == "Microsoft.KeyVault/vaults"
	count(azure.diagnostic_settings) > 0
	not audited
	not undecided
	msg := sprintf("Key Vault %s does not export its audit logs: diagnostic setting %s sends no AuditEvent, audit or allLogs category.", [
		lib.label,
		concat(", ", sort([sprintf("%q", [s.resource.name]) | some s in azure.diagnostic_settings])),
	])
}

deny contains {"msg": msg, "status": lib.graph_status} if {
	input.type == "Microsoft.KeyVault/vaults"
	count(azure.diagnostic_settings) == 0
	msg := sprintf("Key Vault %s has no diagnostic setting in the scan, so its AuditEvent logs (who read which secret) are not kept.", [lib.label])
}
