# METADATA
# title: Container app ingress accepts HTTPS only
# description: |
#   With insecure connections allowed, the ingress serves plain HTTP instead
#   of redirecting it, and prompts, responses and session tokens of the chat
#   app cross the network in clear text.
# custom:
#   id: AZ-CA-001
#   severity: high
#   resource_types: [Microsoft.App/containerApps]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   defender: Container Apps should only be accessible over HTTPS
#   remediation:
#     terraform: >-
#       Set `ingress { allow_insecure_connections = false }`, or leave it out: the default is false.
#     arm: >-
#       Set `"allowInsecure": false` in `properties.configuration.ingress`, or leave it out.
#   fix:
#     terraform:
#       set: {ingress.allow_insecure_connections: false}
#     arm:
#       set: {properties.configuration.ingress.allowInsecure: false}
#   since: 0.2.0
package posture.azure.containerapps.https_only

import data.posture.lib

path := ["properties", "configuration", "ingress", "allowInsecure"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, false)
	value == true
	msg := sprintf("Container app %s serves plain HTTP: %s.", [lib.label, lib.found(path, "")])
}
