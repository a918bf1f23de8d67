# METADATA
# title: PostgreSQL flexible server requires encrypted connections
# description: |
#   With require_secure_transport off, the server accepts unencrypted
#   connections, and credentials and query results cross the network in
#   clear text.
# custom:
#   id: AZ-PG-003
#   severity: high
#   resource_types: [Microsoft.DBforPostgreSQL/flexibleServers/configurations]
#   formats: [terraform, arm]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     cis-azure: ["4.3.1"]
#   remediation:
#     terraform: >-
#       Set the `azurerm_postgresql_flexible_server_configuration` named `require_secure_transport` to `"on"`, or remove it: the server default is on.
#     arm: >-
#       Set `"value": "ON"` on the `configurations` child named `require_secure_transport`, or remove it: the server default is ON.
#   fix:
#     terraform:
#       set: {value: "on"}
#     arm:
#       set: {properties.value: "ON"}
#   since: 0.2.0
package posture.azure.postgresql.secure_transport

import data.posture.lib

path := ["properties", "value"]

# The parameter's name: the last segment of an ARM child name
# (server/require_secure_transport), the name attribute in Terraform.
param := lower(parts[count(parts) - 1]) if {
	parts := split(object.get(input.resource, "name", input.name), "/")
}

deny contains {"msg": msg, "path": path} if {
	param == "require_secure_transport"
	value := object.get(input.resource, path, "on")
	is_string(value)
	lower(value) in {"off", "0", "false"}
	msg := sprintf("PostgreSQL flexible server accepts unencrypted connections: parameter %s sets require_secure_transport to %q.", [lib.label, value])
}
