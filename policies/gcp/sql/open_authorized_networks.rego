# METADATA
# title: Cloud SQL instance does not allow connections from the whole internet
# description: |
#   An authorized network of 0.0.0.0/0 on an instance with a public IP lets
#   any host on the internet open a connection to the database: only its
#   passwords stand between the data and the world.
# custom:
#   id: GCP-SQL-002
#   severity: critical
#   resource_types: [google_sql_database_instance]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-gcp: ["6.5"]
#   remediation:
#     terraform: >-
#       Remove the `authorized_networks` entry whose `value` is `0.0.0.0/0`; list only the networks that must connect, or disable the public IP (`ipv4_enabled = false`) and use the private address or the Cloud SQL Auth Proxy.
#   fix:
#     none: the networks that must connect have to be listed instead
#   since: 0.2.0
package posture.gcp.sql.open_authorized_networks

import data.posture.lib
import data.posture.lib.terraform

ip_configuration := input.resource.settings[0].ip_configuration[0]

deny contains {"msg": msg, "path": ["settings", 0, "ip_configuration", 0, "authorized_networks", i, "value"]} if {
	object.get(ip_configuration, "ipv4_enabled", true) == true
	lib.known("settings[0].ip_configuration[0].ipv4_enabled")
	some i, net in ip_configuration.authorized_networks
	net.value in {"0.0.0.0/0", "::/0"}
	msg := sprintf("Cloud SQL instance %s accepts connections from the whole internet: authorized_networks contains %q.", [
		terraform.label, net.value,
	])
}
