# METADATA
# title: API Management back ends authenticate with Entra ID, not static keys
# description: |
#   A back end that sends an api-key (or subscription key) header keeps the
#   Azure OpenAI or AI Services key in the gateway configuration and
#   requires key authentication to stay on at the model. The authentication-
#   managed-identity policy sends an Entra ID token instead.
# custom:
#   id: AZ-APIM-006
#   severity: medium
#   resource_types: [Microsoft.ApiManagement/service/backends]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   remediation:
#     terraform: >-
#       Remove the key from `credentials { header = ... }` (or `query`), give the service a managed identity with the Cognitive Services OpenAI User role, and add an `authentication-managed-identity` policy for `https://cognitiveservices.azure.com`.
#     arm: >-
#       Remove the key from `properties.credentials.header` (or `query`) and authenticate with the `authentication-managed-identity` policy and the service's managed identity.
#   since: 0.2.0
package posture.azure.apim.backend_key

import data.posture.lib

key_names := {"api-key", "ocp-apim-subscription-key", "x-api-key", "x-functions-key", "subscription-key", "code"}

deny contains {"msg": msg, "path": path} if {
	some where in ["header", "query"]
	some name, _ in object.get(input.resource, ["properties", "credentials", where], {})
	lower(name) in key_names
	path := ["properties", "credentials", where, name]
	msg := sprintf("API Management back end %s authenticates to %s with a static key in %s %q: use the gateway's managed identity and Entra ID instead.", [
		lib.label,
		object.get(input.resource, ["properties", "url"], "its service"),
		where, name,
	])
}
