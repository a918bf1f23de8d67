# METADATA
# title: Anonymous blob access disallowed
# description: |
#   Public containers are the classic leak path for datasets, model weights
#   and RAG corpora: anyone who guesses the URL can list and download them
#   without credentials. Disallowing blob public access on the account
#   overrides every container setting.
# custom:
#   id: AZ-ST-003
#   severity: high
#   resource_types: [Microsoft.Storage/storageAccounts, Microsoft.Storage/storageAccounts/blobServices/containers]
#   formats: [terraform, arm]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-azure: ["4.6"]
#   defender: Storage account public access should be disallowed
#   remediation:
#     terraform: >-
#       Set `allow_nested_items_to_be_public = false` on `azurerm_storage_account` (the provider defaulted to true before 4.59.0) and `container_access_type = "private"` on every `azurerm_storage_container`.
#     arm: >-
#       Set `"allowBlobPublicAccess": false` in the account's `properties` (absent is interpreted as true) and `"publicAccess": "None"` on every `blobServices/containers` resource.
#   fix:
#     terraform: {set: {allow_nested_items_to_be_public: false}}
#     terraform/azurerm_storage_container: {set: {container_access_type: "private"}}
#     arm: {set: {properties.allowBlobPublicAccess: false}}
#     arm/Microsoft.Storage/storageAccounts/blobServices/containers: {set: {properties.publicAccess: "None"}}
#   since: 0.1.0
package posture.azure.storage.public_blob_access

import data.posture.lib

# basis is what the provider version says about the default, when the
# azurerm mapping had to pick a version-dependent default.
basis := b if {
	some b in split(input.meta.default_basis, "; ")
	contains(b, "allow_nested_items_to_be_public")
}

default_desc := sprintf("public access is allowed by default: %s", [basis]) if {
	basis
} else := "Azure interprets an absent value as allowed" if {
	not lib.is_terraform
} else := "public access is allowed by default"

deny contains {"msg": msg, "path": path} if {
	input.type == "Microsoft.Storage/storageAccounts"
	path := ["properties", "allowBlobPublicAccess"]
	object.get(input.resource, path, true) == true
	msg := sprintf("Storage account %s allows anonymous public access to blobs: %s.", [
		lib.label,
		lib.found(path, default_desc),
	])
}

public_levels := {"blob", "container"}

deny contains {"msg": msg, "path": path} if {
	input.type == "Microsoft.Storage/storageAccounts/blobServices/containers"
	path := ["properties", "publicAccess"]
	level := object.get(input.resource, path, "None")
	lower(level) in public_levels
	msg := sprintf("Storage container %s can be read anonymously from the internet: %s.", [
		lib.label,
		lib.found(path, "private by default"),
	])
}
