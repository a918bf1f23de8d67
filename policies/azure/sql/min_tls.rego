# METADATA
# title: Azure SQL requires TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated; a server that accepts them exposes
#   credentials and query results to downgrade attacks. In ARM, an absent
#   minimalTlsVersion enforces no minimum.
# custom:
#   id: AZ-SQL-004
#   severity: medium
#   resource_types: [Microsoft.Sql/servers]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3, IM-4]
#   defender: Azure SQL Database should be running TLS version 1.2 or newer
#   remediation:
#     terraform: >-
#       Set `minimum_tls_version = "1.2"` (or remove it; the provider default is 1.2).
#     arm: >-
#       Set `"minimalTlsVersion": "1.2"` in the server's `properties`.
#   fix:
#     terraform: {set: {minimum_tls_version: "1.2"}}
#     arm: {set: {properties.minimalTlsVersion: "1.2"}}
#   since: 0.1.0
package posture.azure.sql.min_tls

import data.posture.lib

weak := {"1.0", "1.1", "none", "disabled"}

deny contains {"msg": msg, "path": path} if {
	path := ["properties", "minimalTlsVersion"]
	value := object.get(input.resource, path, "None")
	lower(value) in weak
	msg := sprintf("SQL server %s accepts TLS versions older than 1.2: %s.", [
		lib.label,
		lib.found(path, "no minimum TLS version is enforced"),
	])
}
