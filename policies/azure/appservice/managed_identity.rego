# METADATA
# title: App Service and Function apps have a managed identity
# description: |
#   A managed identity lets the app call Azure OpenAI, Key Vault and
#   Storage with Entra ID tokens instead of keys kept in app settings.
# custom:
#   id: AZ-APP-004
#   severity: medium
#   resource_types: [Microsoft.Web/sites, Microsoft.Web/sites/slots]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   defender: App Service apps should use managed identity; Function apps should use managed identity
#   remediation:
#     terraform: >-
#       Add `identity { type = "SystemAssigned" }` (or "UserAssigned" with `identity_ids`).
#     arm: >-
#       Set `"identity": { "type": "SystemAssigned" }` (or UserAssigned) on the site.
#   fix:
#     terraform: {set: {identity.type: "SystemAssigned"}, create: true}
#     arm: {set: {identity.type: "SystemAssigned"}}
#   since: 0.1.0
package posture.azure.appservice.managed_identity

import data.posture.lib

path := ["identity", "type"]

deny contains {"msg": msg, "path": path} if {
	lib.known_under("identity")
	value := object.get(input.resource, path, "None")
	lib.eq_ci(value, "None")
	msg := sprintf("App %s has no managed identity, so it must use keys or secrets to reach Azure services: %s.", [
		lib.label,
		lib.found(path, "no identity block"),
	])
}
