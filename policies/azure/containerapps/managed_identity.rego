# METADATA
# title: Container app has a managed identity
# description: |
#   A managed identity lets the app call Azure OpenAI, Key Vault and Storage
#   with Entra ID tokens and pull images without registry passwords, instead
#   of keeping keys in secrets.
# custom:
#   id: AZ-CA-002
#   severity: medium
#   resource_types: [Microsoft.App/containerApps]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   defender: Managed identity should be enabled for Container Apps
#   remediation:
#     terraform: >-
#       Add `identity { type = "SystemAssigned" }` (or "UserAssigned" with `identity_ids`).
#     arm: >-
#       Set `"identity": {"type": "SystemAssigned"}` on the container app (or UserAssigned).
#   since: 0.2.0
package posture.azure.containerapps.managed_identity

import data.posture.lib

path := ["identity", "type"]

deny contains {"msg": msg, "path": path} if {
	lib.known_under("identity")
	lib.eq_ci(object.get(input.resource, path, "None"), "None")
	msg := sprintf("Container app %s has no managed identity, so it must use keys or secrets to reach Azure services: %s.", [lib.label, lib.found(path, "no identity block")])
}
