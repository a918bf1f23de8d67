# METADATA
# title: Log Analytics workspace blocks ingestion from public networks
# description: |
#   With public ingestion enabled, telemetry can be sent to the log
#   analytics workspace from any network; with Azure Monitor Private Link
#   Scope and public ingestion disabled, only private networks can write to
#   it.
# custom:
#   id: AZ-LOG-002
#   severity: medium
#   resource_types: [Microsoft.OperationalInsights/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Log Analytics workspaces should block log ingestion and querying from public networks
#   remediation:
#     terraform: >-
#       Set `internet_ingestion_enabled = false` and connect the sources through an Azure Monitor Private Link Scope.
#     arm: >-
#       Set `"publicNetworkAccessForIngestion": "Disabled"` in `properties` and use an Azure Monitor Private Link Scope.
#   fix:
#     terraform:
#       set: {internet_ingestion_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccessForIngestion: "Disabled"}
#   since: 0.2.0
package posture.azure.monitoring.workspace_public_ingestion

import data.posture.lib

path := ["properties", "publicNetworkAccessForIngestion"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("Log Analytics workspace %s accepts telemetry from public networks: %s.", [lib.label, lib.found(path, "enabled by default")])
}
