# METADATA
# title: Application Insights component accepts Entra ID-authenticated ingestion only
# description: |
#   With local authentication on, anyone holding the instrumentation key or
#   workspace shared key can write telemetry, forging or flooding the logs
#   that investigations of AI misuse rely on.
# custom:
#   id: AZ-LOG-003
#   severity: medium
#   resource_types: [Microsoft.Insights/components]
#   formats: [terraform, arm]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [IM-1]
#   defender: Application Insights components should block non-Azure Active Directory based ingestion.
#   remediation:
#     terraform: >-
#       Set `local_authentication_disabled = true` and send telemetry with a managed identity (Azure Monitor Agent, OpenTelemetry with Entra ID).
#     arm: >-
#       Set `"DisableLocalAuth": true` in `properties`.
#   fix:
#     terraform:
#       set: {local_authentication_disabled: true}
#     arm:
#       set: {properties.DisableLocalAuth: true}
#   since: 0.2.0
package posture.azure.monitoring.components_local_auth

import data.posture.lib

path := ["properties", "DisableLocalAuth"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value != true
	msg := sprintf("Application Insights component %s accepts telemetry signed with shared keys: %s.", [lib.label, lib.found(path, "keys are accepted by default")])
}
