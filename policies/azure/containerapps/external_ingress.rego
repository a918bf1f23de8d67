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

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value == true
	msg := sprintf("Container app %s accepts traffic from outside its environment: %s.", [lib.label, lib.found(path, "")])
}
