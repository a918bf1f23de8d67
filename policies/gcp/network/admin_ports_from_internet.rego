# METADATA
# title: Firewall rules allow no SSH or RDP from the internet
# description: |
#   An ingress rule that allows SSH (22) or RDP (3389) from 0.0.0.0/0 or
#   ::/0 exposes GPU VMs and notebooks to continuous brute-force attacks.
#   Rules are ingress by default, and an ingress rule without any source
#   allows 0.0.0.0/0. Use Identity-Aware Proxy TCP forwarding
#   (35.235.240.0/20) or a bastion instead.
# custom:
#   id: GCP-NET-001
#   severity: critical
#   resource_types: [google_compute_firewall]
#   formats: [terraform]
#   control: Secure management ports
#   compliance:
#     mcsb: [NS-1]
#     cis-gcp: ["3.6", "3.7"]
#   remediation:
#     terraform: >-
#       Restrict `source_ranges` of rules allowing `tcp` port 22 or 3389 to known ranges (for IAP, `35.235.240.0/20`), never `0.0.0.0/0`; set a source explicitly.
#   since: 0.1.0
package posture.gcp.network.admin_ports_from_internet

import data.posture.lib
import data.posture.lib.gcp
import data.posture.lib.terraform

ports := {22: "SSH", 3389: "RDP"}

deny contains {"msg": msg, "path": gcp.source_path} if {
	gcp.ingress_from_internet
	some a in gcp.allows
	a.protocol in {"tcp", "6", "all"}
	lib.known(sprintf("allow[%d].ports", [a.i]))
	open := [sprintf("%s (%d)", [name, port]) |
		some port, name in ports
		gcp.covers(a, port)
	]
	count(open) > 0
	msg := sprintf("Firewall rule %s allows %s from the internet: %s and allow %s.", [
		terraform.label, concat(" and ", open), gcp.source_desc, gcp.ports_desc(a),
	])
}
