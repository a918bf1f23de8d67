# METADATA
# title: App Service and Function apps disable public network access
# description: |
#   An app that only serves other services or users on the corporate network
#   should be reached through a private endpoint, so that its endpoints and
#   SCM site are not on the internet.
# custom:
#   id: AZ-APP-006
#   severity: medium
#   resource_types: [Microsoft.Web/sites, Microsoft.Web/sites/slots]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: App Service apps should disable public network access; Function apps should disable public network access
#   remediation:
#     terraform: >-
#       Set `public_network_access_enabled = false` and add an `azurerm_private_endpoint` with subresource `sites`.
#     arm: >-
#       Set `"publicNetworkAccess": "Disabled"` in the site's `properties` and add a private endpoint with group id `sites`.
#   fix:
#     terraform:
#       set: {public_network_access_enabled: false}
#     arm:
#       set: {properties.publicNetworkAccess: "Disabled"}
#   since: 0.2.0
package posture.azure.appservice.public_network_disabled

import data.posture.lib

path := ["properties", "publicNetworkAccess"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Enabled")
	is_string(value)
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("App %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}
