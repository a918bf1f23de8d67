# METADATA
# title: Diagnostic (audit) logs enabled on AI resources
# description: |
#   Investigating prompt abuse, key misuse or data access on Cognitive
#   Services accounts, Machine Learning workspaces and Foundry hubs, and AI
#   Search needs their Audit and RequestResponse resource logs, which are
#   only kept when a diagnostic setting sends them somewhere. A setting may
#   be applied by Azure Policy or another configuration, so a resource with
#   none in the scanned files is only reviewed unless the scan is declared
#   complete.
# custom:
#   id: AZ-AI-009
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts, Microsoft.MachineLearningServices/workspaces, Microsoft.Search/searchServices]
#   formats: [terraform, arm]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#   defender: Diagnostic logs in Azure AI services resources should be enabled; Resource logs in Azure Machine Learning Workspaces should be enabled; Resource logs in Search services should be enabled
#   remediation:
#     terraform: >-
#       Add an `azurerm_monitor_diagnostic_setting` with `target_resource_id` = the resource's `id`, a destination (`log_analytics_workspace_id`, `storage_account_id` or Event Hub) and at least one `enabled_log { category_group = "audit" }` (or `allLogs`).
#     arm: >-
#       Add a `Microsoft.Insights/diagnosticSettings` resource with `"scope"` set to the resource, a destination, and `properties.logs` with `{ "categoryGroup": "audit", "enabled": true }` (or `allLogs`).
#   since: 0.1.0
package posture.azure.ai.diagnostic_logs

import data.posture.lib
import data.posture.lib.azure
import data.posture.lib.azure_ai

deny contains {"msg": msg} if {
	input.type in object.keys(azure_ai.nouns)
	azure_ai.diagnostics == "no_logs"
	names := concat(", ", sort([sprintf("%q", [s.name]) | some s in azure.diagnostic_settings]))
	msg := sprintf("%s %s has diagnostic settings that send no resource logs: %s (enable the audit or allLogs category group).", [
		azure_ai.noun,
		lib.label,
		names,
	])
}

deny contains {"msg": msg, "status": lib.graph_status} if {
	input.type in object.keys(azure_ai.nouns)
	azure_ai.diagnostics == "none"
	msg := sprintf("%s %s keeps no audit logs: no diagnostic setting in the scanned files targets it.", [azure_ai.noun, lib.label])
}
