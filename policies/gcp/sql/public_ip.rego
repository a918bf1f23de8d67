# METADATA
# title: Cloud SQL instance has no public IP address
# description: |
#   A public IPv4 address puts the database that holds chat history,
#   embeddings or application data on the internet, one authorized network
#   or leaked password away from direct access. A private IP (private
#   services access or Private Service Connect) keeps it inside the VPC.
#   The provider assigns a public address unless ipv4_enabled is false.
# custom:
#   id: GCP-SQL-001
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-gcp: ["6.6"]
#   remediation:
#     terraform: >-
#       Set `settings { ip_configuration { ipv4_enabled = false; private_network = google_compute_network.vpc.id } }` (or use Private Service Connect) and connect through the private address.
#   fix:
#     none: a private IP needs a VPC with private services access or Private Service Connect chosen for the instance
#   since: 0.2.0
package posture.gcp.sql.public_ip

import data.posture.lib.terraform

path := ["settings", 0, "ip_configuration", 0, "ipv4_enabled"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, true) == true
	msg := sprintf("Cloud SQL instance %s has a public IP address: %s.", [
		terraform.label, terraform.found(path, "a public IPv4 address is assigned by default"),
	])
}
