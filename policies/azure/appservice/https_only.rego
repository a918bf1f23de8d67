# METADATA
# title: App Service and Function apps accept HTTPS only
# description: |
#   AI front ends and APIs that accept plain HTTP expose prompts, responses
#   and session tokens on the network path. HTTPS only redirects every
#   HTTP request to HTTPS. The azurerm provider defaults https_only to
#   false.
# custom:
#   id: AZ-APP-001
#   severity: high
#   resource_types: [Microsoft.Web/sites, Microsoft.Web/sites/slots]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     cis-azure: ["9.1"]
#   defender: App Service apps should only be accessible over HTTPS; Function apps should only be accessible over HTTPS
#   remediation:
#     terraform: >-
#       Set `https_only = true` (the provider default is false).
#     arm: >-
#       Set `"httpsOnly": true` in the site's `properties`.
#   fix:
#     terraform: {set: {https_only: true}}
#     arm: {set: {properties.httpsOnly: true}}
#   since: 0.1.0
package posture.azure.appservice.https_only

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "httpsOnly"]
	object.get(input.resource, path, false) != true
	msg := sprintf("App %s accepts plain HTTP: %s.", [
		lib.label,
		lib.found(path, "HTTP is accepted by default"),
	])
}
