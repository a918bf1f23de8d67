# METADATA
# title: Firewall rules allow no all-ports ingress from the internet
# description: |
#   An ingress rule for every protocol, or for every port of TCP or UDP,
#   from 0.0.0.0/0 or ::/0 exposes every service on the targets, model
#   servers and Jupyter included. Rules are ingress by default, and an
#   ingress rule without any source allows 0.0.0.0/0.
# custom:
#   id: GCP-NET-002
#   severity: high
#   resource_types: [google_compute_firewall]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#   remediation:
#     terraform: >-
#       Allow only the protocols and `ports` the service needs, from known `source_ranges`, source tags or service accounts.
#   since: 0.1.0
package posture.gcp.network.open_ingress

import data.posture.lib
import data.posture.lib.gcp
import data.posture.lib.terraform

deny contains {"msg": msg, "path": gcp.source_path} if {
	gcp.ingress_from_internet
	some a in gcp.allows
	lib.known(sprintf("allow[%d].ports", [a.i]))
	lib.known(sprintf("allow[%d].protocol", [a.i]))
	gcp.all_ports(a)
	msg := sprintf("Firewall rule %s allows every port from the internet: %s and allow %s.", [
		terraform.label, gcp.source_desc, gcp.ports_desc(a),
	])
}
