# METADATA
# title: Custom subdomain configured
# description: |
#   Microsoft Entra ID token authentication, network ACLs and private
#   endpoints all require a custom subdomain. Without one the account can
#   only be called with keys on the shared regional endpoint.
# custom:
#   id: AZ-AI-007
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   remediation:
#     terraform: >-
#       Set `custom_subdomain_name` to a globally unique name (it cannot be changed later).
#     arm: >-
#       Set `"customSubDomainName"` in the account's `properties` to a globally unique name.
#   fix:
#     none: >-
#       the custom subdomain is a globally unique name you choose, and it cannot be changed later
#   since: 0.1.0
package posture.azure.ai.custom_subdomain

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "customSubDomainName"]
	object.get(input.resource, path, "") == ""
	msg := sprintf("Cognitive Services account %s has no custom subdomain, so it cannot use Entra ID tokens or private endpoints: %s.", [
		lib.label,
		lib.found(path, "regional endpoint only"),
	])
}
