# METADATA
# title: Storage account requires TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated and being retired by Azure Storage; a
#   client that negotiates them exposes training data and SAS tokens to
#   downgrade attacks. In ARM, an absent minimumTlsVersion is interpreted as
#   TLS 1.0; the azurerm provider defaults to TLS1_2.
# custom:
#   id: AZ-ST-002
#   severity: high
#   resource_types: [Microsoft.Storage/storageAccounts]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     cis-azure: ["4.15"]
#   defender: Storage accounts should have the specified minimum TLS version
#   remediation:
#     terraform: >-
#       Set `min_tls_version = "TLS1_2"` (or remove it; the provider default is TLS1_2).
#     arm: >-
#       Set `"minimumTlsVersion": "TLS1_2"` in the account's `properties`.
#   fix:
#     terraform: {set: {min_tls_version: "TLS1_2"}}
#     arm: {set: {properties.minimumTlsVersion: "TLS1_2"}}
#   since: 0.1.0
package posture.azure.storage.min_tls

import data.posture.lib

weak := {"tls1_0", "tls1_1"}

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "minimumTlsVersion"]
	value := object.get(input.resource, path, "TLS1_0")
	lower(value) in weak
	msg := sprintf("Storage account %s accepts TLS versions older than 1.2: %s.", [
		lib.label,
		lib.found(path, "Azure then accepts TLS 1.0"),
	])
}
