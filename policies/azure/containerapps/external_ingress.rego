# METADATA
# title: Container app ingress not exposed to the internet
# description: |
#   External ingress publishes the app on a public endpoint of its
#   environment. Internal ingress keeps model servers and back-end APIs
#   reachable only from the environment and its virtual network; a public
#   chat front end belongs behind Front Door or Application Gateway with a
#   WAF.
# custom:
#   id: AZ-CA-003
#   severity: medium
#   resource_types: [Microsoft.App/containerApps]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Container Apps should disable external network access
#   remediation:
#     terraform: >-
#       Set `ingress { external_enabled = false }` and publish the app through Front Door or Application Gateway with a WAF.
#     arm: >-
#       Set `"external": false` in `properties.configuration.ingress` and publish the app through a WAF.
#   fix:
#     terraform:
#       set: {ingress.external_enabled: false}
#     arm:
#       set: {properties.configuration.ingress.external: false}
#   since: 0.2.0
package posture.azure.containerapps.external_ingress

import data.posture.lib

path := ["properties", "configuration", "ingress", "external"]

# In an internal environment, external ingress reaches the virtual network,
# not the internet.
internal_environment if {
	some r in input.refs
	r.path == "properties.managedEnvironmentId"
	env := data.posture.resources[r.target]
	env.type == "Microsoft.App/managedEnvironments"
	object.get(env.resource, ["properties", "vnetConfiguration", "internal"], false) == true
}

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) == true
	not internal_environment
	msg := sprintf("Container app %s accepts traffic from outside its environment, from the internet unless the environment is internal: %s.", [lib.label, lib.found(path, "")])
}
