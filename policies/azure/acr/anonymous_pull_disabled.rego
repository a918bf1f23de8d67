# METADATA
# title: Container Registry anonymous pull disabled
# description: |
#   With anonymous pull, anyone on the internet can download every image
#   of the registry, including proprietary model-serving and inference
#   images and whatever secrets or weights are baked into them.
# custom:
#   id: AZ-ACR-002
#   severity: high
#   resource_types: [Microsoft.ContainerRegistry/registries]
#   formats: [terraform, arm]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   defender: Container registries should have anonymous authentication disabled
#   remediation:
#     terraform: >-
#       Set `anonymous_pull_enabled = false` (or remove it; the default is false).
#     arm: >-
#       Set `"anonymousPullEnabled": false` in the registry's `properties` (or leave it out).
#   fix:
#     terraform: {set: {anonymous_pull_enabled: false}}
#     arm: {set: {properties.anonymousPullEnabled: false}}
#   since: 0.1.0
package posture.azure.acr.anonymous_pull_disabled

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	input.resource.properties.anonymousPullEnabled == true
	path := ["properties", "anonymousPullEnabled"]
	msg := sprintf("Container registry %s lets anyone pull its images without credentials: %s.", [
		lib.label,
		lib.found(path, ""),
	])
}
