# METADATA
# title: PostgreSQL flexible server requires TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated and open to downgrade attacks on database
#   sessions.
# custom:
#   id: AZ-PG-004
#   severity: medium
#   resource_types: [Microsoft.DBforPostgreSQL/flexibleServers/configurations]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set the `azurerm_postgresql_flexible_server_configuration` named `ssl_min_protocol_version` to `"TLSv1.2"` (or `TLSv1.3`), or remove it: the default is TLSv1.2.
#     arm: >-
#       Set `"value": "TLSv1.2"` on the `configurations` child named `ssl_min_protocol_version`, or remove it.
#   fix:
#     terraform:
#       set: {value: "TLSv1.2"}
#     arm:
#       set: {properties.value: "TLSv1.2"}
#   since: 0.2.0
package posture.azure.postgresql.min_tls

import data.posture.lib

path := ["properties", "value"]

weak := {"tlsv1", "tlsv1.0", "tlsv1.1"}

# The parameter's name: the last segment of an ARM child name
# (server/require_secure_transport), the name attribute in Terraform.
param := lower(parts[count(parts) - 1]) if {
	parts := split(object.get(input.resource, "name", input.name), "/")
}

deny contains {"msg": msg, "path": path} if {
	param == "ssl_min_protocol_version"
	value := object.get(input.resource, path, "TLSv1.2")
	is_string(value)
	lower(value) in weak
	msg := sprintf("PostgreSQL flexible server accepts TLS versions older than 1.2: parameter %s sets ssl_min_protocol_version to %q.", [lib.label, value])
}
