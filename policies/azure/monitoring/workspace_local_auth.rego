# METADATA
# title: Log Analytics workspace accepts Entra ID-authenticated ingestion only
# description: |
#   With local authentication on, anyone holding the instrumentation key or
#   workspace shared key can write telemetry, forging or flooding the logs
#   that investigations of AI misuse rely on.
# custom:
#   id: AZ-LOG-001
#   severity: medium
#   resource_types: [Microsoft.OperationalInsights/workspaces]
#   formats: [terraform, arm]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [IM-1]
#   defender: Log Analytics Workspaces should block non-Azure Active Directory based ingestion.
#   remediation:
#     terraform: >-
#       Set `local_authentication_disabled = true` (azurerm v5: `local_authentication_enabled = false`) and send telemetry with a managed identity (Azure Monitor Agent, OpenTelemetry with Entra ID).
#     arm: >-
#       Set `"disableLocalAuth": true` in `properties.features`.
#   fix:
#     terraform:
#       set: {local_authentication_disabled: true}
#     arm:
#       set: {properties.features.disableLocalAuth: true}
#   since: 0.2.0
package posture.azure.monitoring.workspace_local_auth

import data.posture.lib

path := ["properties", "features", "disableLocalAuth"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value != true
	msg := sprintf("Log Analytics workspace %s accepts telemetry signed with shared keys: %s.", [lib.label, lib.found(path, "keys are accepted by default")])
}
