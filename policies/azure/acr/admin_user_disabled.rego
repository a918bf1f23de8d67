# METADATA
# title: Container Registry admin user disabled
# description: |
#   The admin user is a single shared username and password with push and
#   pull rights on every repository: it cannot be scoped, is not tied to an
#   identity and is not auditable per user. Use Entra ID identities or
#   repository-scoped tokens instead.
# custom:
#   id: AZ-ACR-001
#   severity: high
#   resource_types: [Microsoft.ContainerRegistry/registries]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Container registries should have local admin account disabled
#   remediation:
#     terraform: >-
#       Set `admin_enabled = false` (or remove it; the default is false) and pull with a managed identity granted AcrPull.
#     arm: >-
#       Set `"adminUserEnabled": false` in the registry's `properties` (or leave it out).
#   fix:
#     terraform: {set: {admin_enabled: false}}
#     arm: {set: {properties.adminUserEnabled: false}}
#   since: 0.1.0
package posture.azure.acr.admin_user_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	input.resource.properties.adminUserEnabled == true
	path := ["properties", "adminUserEnabled"]
	msg := sprintf("Container registry %s has the shared admin user enabled: %s.", [
		lib.label,
		lib.found(path, ""),
	])
}
