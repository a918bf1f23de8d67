# METADATA
# title: API Management service has a managed identity
# description: |
#   A managed identity lets the AI gateway read named values and
#   certificates from Key Vault and authenticate to Azure OpenAI with Entra
#   ID tokens instead of keys.
# custom:
#   id: AZ-APIM-005
#   severity: medium
#   resource_types: [Microsoft.ApiManagement/service]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   remediation:
#     terraform: >-
#       Add `identity { type = "SystemAssigned" }` (or "UserAssigned" with `identity_ids`).
#     arm: >-
#       Set `"identity": {"type": "SystemAssigned"}` on the service (or UserAssigned).
#   since: 0.2.0
package posture.azure.apim.managed_identity

import data.posture.lib

path := ["identity", "type"]

deny contains {"msg": msg, "path": path} if {
	lib.known_under("identity")
	lib.eq_ci(object.get(input.resource, path, "None"), "None")
	msg := sprintf("API Management service %s has no managed identity, so it must use keys to reach Key Vault and its back ends: %s.", [lib.label, lib.found(path, "no identity block")])
}
