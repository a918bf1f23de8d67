# METADATA
# title: API Management APIs use HTTPS only
# description: |
#   An API published over HTTP sends subscription keys, tokens, prompts and
#   completions in clear text between clients and the gateway.
# custom:
#   id: AZ-APIM-008
#   severity: medium
#   resource_types: [Microsoft.ApiManagement/service/apis]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   defender: API Management APIs should use only encrypted protocols
#   remediation:
#     terraform: >-
#       Set `protocols = ["https"]`.
#     arm: >-
#       Set `"protocols": ["https"]` in the API's `properties`.
#   fix:
#     terraform:
#       set: {protocols: ["https"]}
#     arm:
#       set: {properties.protocols: ["https"]}
#   since: 0.2.0
package posture.azure.apim.api_https_only

import data.posture.lib

protocols := ["properties", "protocols"]

deny contains {"msg": msg, "path": path} if {
	some i, p in object.get(input.resource, protocols, [])
	lower(p) in {"http", "ws"}
	path := array.concat(protocols, [i])
	msg := sprintf("API Management API %s is published over %s, in clear text: %s.", [lib.label, p, lib.found(protocols, "")])
}
