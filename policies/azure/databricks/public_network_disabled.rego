# METADATA
# title: Databricks workspace public network access disabled
# description: |
#   The workspace front end (UI and REST API, notebooks, model serving)
#   should be reached through Private Link only, so that stolen tokens
#   cannot be used from the internet.
# custom:
#   id: AZ-DBW-001
#   severity: medium
#   resource_types: [Microsoft.Databricks/workspaces]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Azure Databricks Workspaces should disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and `network_security_group_rules_required = "NoAzureDatabricksRules"` with front-end private endpoints.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` and `"requiredNsgRules": "NoAzureDatabricksRules"` in `properties` with front-end private endpoints.
#   fix:
#     terraform:
#       set: {public_network_access_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.databricks.public_network_disabled

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("Databricks workspace %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}
