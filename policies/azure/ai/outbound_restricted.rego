# METADATA
# title: Outbound network access restricted with FQDN allow-list
# description: |
#   Azure OpenAI and AI Services features that call out (On Your Data, tools,
#   web grounding, agents) can carry data to any host. Restricting outbound
#   access to an explicit FQDN allow-list stops a manipulated model or a
#   malicious prompt from exfiltrating data.
# custom:
#   id: AZ-AI-006
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [DP-2, NS-2]
#   remediation:
#     terraform: >-
#       Set `outbound_network_access_restricted = true` and list the allowed hosts in `fqdns`.
#     arm: >-
#       Set `"restrictOutboundNetworkAccess": true` and list the allowed hosts in `"allowedFqdnList"` in the account's `properties`.
#   since: 0.1.0
package posture.azure.ai.outbound_restricted

import data.posture.lib
import data.posture.lib.azure_ai

kinds := {"openai", "aiservices"}

restrict := ["properties", "restrictOutboundNetworkAccess"]

fqdns := ["properties", "allowedFqdnList"]

deny contains {"msg": msg, "path": restrict} if {
	azure_ai.in_ci(input.resource.kind, kinds)
	object.get(input.resource, restrict, false) != true
	msg := sprintf("%s account %s can reach any host on the internet: %s.", [
		input.resource.kind,
		lib.label,
		lib.found(restrict, "outbound access is not restricted"),
	])
}

deny contains {"msg": msg, "path": fqdns} if {
	azure_ai.in_ci(input.resource.kind, kinds)
	input.resource.properties.restrictOutboundNetworkAccess == true
	count(object.get(input.resource, fqdns, [])) == 0
	msg := sprintf("%s account %s restricts outbound access but allows no host: %s.", [
		input.resource.kind,
		lib.label,
		lib.found(fqdns, "empty allow-list"),
	])
}
