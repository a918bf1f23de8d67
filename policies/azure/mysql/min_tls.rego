# METADATA
# title: MySQL flexible server requires TLS 1.2 or newer
# description: |
#   TLS 1.0 and 1.1 are deprecated and open to downgrade attacks on database
#   sessions.
# custom:
#   id: AZ-MY-004
#   severity: medium
#   resource_types: [Microsoft.DBforMySQL/flexibleServers/configurations]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     cis-azure: ["4.4.2"]
#   remediation:
#     terraform: >-
#       Set the `azurerm_mysql_flexible_server_configuration` named `tls_version` to `"TLSv1.2"` or `"TLSv1.2,TLSv1.3"`.
#     arm: >-
#       Set `"value": "TLSv1.2,TLSv1.3"` on the `configurations` child named `tls_version`.
#   fix:
#     terraform:
#       set: {value: "TLSv1.2,TLSv1.3"}
#     arm:
#       set: {properties.value: "TLSv1.2,TLSv1.3"}
#   since: 0.2.0
package posture.azure.mysql.min_tls

import data.posture.lib

path := ["properties", "value"]

weak := {"tlsv1", "tlsv1.0", "tlsv1.1"}

# The parameter's name: the last segment of an ARM child name
# (server/require_secure_transport), the name attribute in Terraform.
param := lower(parts[count(parts) - 1]) if {
	parts := split(object.get(input.resource, "name", input.name), "/")
}

# tls_version lists the versions the server accepts: "TLSv1.2,TLSv1.3".
deny contains {"msg": msg, "path": path} if {
	param == "tls_version"
	value := object.get(input.resource, path, "TLSv1.2")
	is_string(value)
	some v in split(value, ",")
	lower(trim_space(v)) in weak
	msg := sprintf("MySQL flexible server accepts TLS versions older than 1.2: parameter %s sets tls_version to %q.", [lib.label, value])
}
