# METADATA
# title: Cloud SQL instance accepts encrypted connections only
# description: |
#   Unless SSL is enforced, clients may connect to the database in clear
#   text, and credentials and query results cross the network readable.
#   Cloud SQL accepts unencrypted connections by default
#   (ssl_mode ALLOW_UNENCRYPTED_AND_ENCRYPTED, require_ssl false).
# custom:
#   id: GCP-SQL-003
#   severity: high
#   resource_types: [google_sql_database_instance]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     cis-gcp: ["6.4"]
#   remediation:
#     terraform: >-
#       Set `settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } }` (or `"TRUSTED_CLIENT_CERTIFICATE_REQUIRED"`; with the deprecated `require_ssl`, set it to `true` as well).
#   fix:
#     terraform: {set: {settings.ip_configuration.ssl_mode: "ENCRYPTED_ONLY"}, create: true}
#   since: 0.2.0
package posture.gcp.sql.ssl

import data.posture.lib
import data.posture.lib.terraform

base := ["settings", 0, "ip_configuration", 0]

ip_configuration := object.get(input.resource, base, {})

encrypted_modes := {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

# ssl_mode decides when it is set.
deny contains {"msg": msg, "path": array.concat(base, ["ssl_mode"])} if {
	mode := ip_configuration.ssl_mode
	not mode in encrypted_modes
	msg := sprintf("Cloud SQL instance %s accepts unencrypted connections: ssl_mode = %s.", [terraform.label, json.marshal(mode)])
}

# Otherwise the deprecated require_ssl does; neither means unencrypted
# connections are accepted.
deny contains {"msg": msg, "path": array.concat(base, [blame])} if {
	object.get(ip_configuration, "ssl_mode", null) == null
	lib.known("settings[0].ip_configuration[0].ssl_mode")
	lib.known("settings[0].ip_configuration[0].require_ssl")
	object.get(ip_configuration, "require_ssl", false) != true
	blame := field
	msg := sprintf("Cloud SQL instance %s accepts unencrypted connections: %s.", [terraform.label, found])
}

field := "require_ssl" if ip_configuration.require_ssl == false

else := "ssl_mode"

found := "require_ssl = false and ssl_mode is not set" if ip_configuration.require_ssl == false

else := "ssl_mode is not set (unencrypted connections are allowed by default)"
