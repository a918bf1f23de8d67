# METADATA
# title: Storage account requires secure transfer (HTTPS only)
# description: |
#   A storage account that accepts plain HTTP exposes training data, model
#   artifacts and SAS tokens to anyone on the network path. Secure transfer
#   rejects every request that does not use HTTPS.
# custom:
#   id: AZ-ST-001
#   severity: high
#   resource_types: [Microsoft.Storage/storageAccounts]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     cis-azure: ["4.1"]
#   defender: Secure transfer to storage accounts should be enabled
#   remediation:
#     terraform: >-
#       Set `https_traffic_only_enabled = true` (azurerm v3 before 3.117: `enable_https_traffic_only = true`), or remove the attribute; the provider default is true.
#     arm: >-
#       Set `"supportsHttpsTrafficOnly": true` in the account's `properties` (or leave it out; API versions from 2019-04-01 default to true).
#   fix:
#     terraform: {set: {https_traffic_only_enabled|enable_https_traffic_only: true}}
#     arm: {set: {properties.supportsHttpsTrafficOnly: true}}
#   since: 0.1.0
package posture.azure.storage.https_only

import data.posture.lib

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "supportsHttpsTrafficOnly"]
	object.get(input.resource, path, true) == false
	msg := sprintf("Storage account %s accepts unencrypted HTTP requests: %s.", [
		lib.label,
		lib.found(path, "HTTPS only by default"),
	])
}
