# METADATA
# title: Compute instances have no external IP
# description: |
#   An access_config block gives a VM or every VM of a template an external
#   IP address, reachable from the internet and able to send data out
#   directly. GPU training VMs belong behind Cloud NAT and Identity-Aware
#   Proxy.
# custom:
#   id: GCP-NET-003
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-gcp: ["4.9"]
#   remediation:
#     terraform: >-
#       Remove the `access_config` block from `network_interface`; use Cloud NAT for egress and IAP for administration.
#   since: 0.1.0
package posture.gcp.network.no_external_ip

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["network_interface", i, "access_config", j]} if {
	some i, ni in input.resource.network_interface
	some j, _ in ni.access_config
	msg := sprintf("%s gets an external IP address: network_interface%s has an access_config block.", [terraform.label, which(i)])
}

which(i) := sprintf("[%d]", [i]) if count(input.resource.network_interface) > 1

else := ""
