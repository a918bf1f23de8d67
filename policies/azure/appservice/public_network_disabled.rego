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
	not internal_environment
	msg := sprintf("App %s is reachable from public networks: %s.", [lib.label, lib.found(path, "public access is enabled by default")])
}

# An app in an App Service Environment whose load balancer serves the web
# endpoints internally has no public endpoint, whatever publicNetworkAccess
# says.
internal_environment if {
	some env in environments
	internal_web(object.get(env.resource, ["properties", "internalLoadBalancingMode"], "None"))
}

# The environment the app names, or the one its plan runs in.
environments contains env if {
	some r in input.refs
	r.path == "properties.hostingEnvironmentProfile.id"
	env := data.posture.resources[r.target]
	env.type == "Microsoft.Web/hostingEnvironments"
}

environments contains env if {
	some r in input.refs
	r.path == "properties.serverFarmId"
	plan := data.posture.resources[r.target]
	some pr in plan.refs
	pr.path == "properties.hostingEnvironmentProfile.id"
	env := data.posture.resources[pr.target]
	env.type == "Microsoft.Web/hostingEnvironments"
}

# "Web", "Web, Publishing"; the older API's numbers 1 (Web) and 3 (both).
internal_web(mode) if contains(lower(mode), "web")

internal_web(mode) if mode in {1, 3}
