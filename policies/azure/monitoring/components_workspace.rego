# METADATA
# title: Application Insights component is workspace-based
# description: |
#   Classic components keep telemetry outside Log Analytics: without the
#   workspace's retention, access control, CMK and Private Link settings,
#   and they are retired.
# custom:
#   id: AZ-LOG-005
#   severity: low
#   resource_types: [Microsoft.Insights/components]
#   formats: [terraform, arm]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-5]
#   defender: Azure Monitor Logs for Application Insights should be linked to a Log Analytics workspace
#   remediation:
#     terraform: >-
#       Set `workspace_id` to an `azurerm_log_analytics_workspace`.
#     arm: >-
#       Set `"WorkspaceResourceId"` in `properties`.
#   since: 0.2.0
package posture.azure.monitoring.components_workspace

import data.posture.lib

path := ["properties", "WorkspaceResourceId"]

deny contains {"msg": msg, "path": path} if {
	not lib.has_value(path)
	msg := sprintf("Application Insights component %s is a classic component outside any Log Analytics workspace: %s.", [lib.label, lib.found(path, "")])
}
