# METADATA
# title: VM does not forward IP packets
# description: |
#   With IP forwarding a VM sends and receives packets for addresses that
#   are not its own: a compromised VM can route around firewall rules and
#   spoof traffic inside the VPC. Only network appliances need it.
# custom:
#   id: GCP-GCE-006
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#     cis-gcp: ["4.6"]
#   remediation:
#     terraform: >-
#       Remove `can_ip_forward = true` (the default is `false`) unless the VM is a network appliance.
#   fix:
#     terraform: {set: {can_ip_forward: false}}
#   since: 0.2.0
package posture.gcp.compute.ip_forwarding

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["can_ip_forward"]} if {
	input.resource.can_ip_forward == true
	msg := sprintf("%s forwards packets for other addresses: can_ip_forward = true.", [terraform.label])
}
