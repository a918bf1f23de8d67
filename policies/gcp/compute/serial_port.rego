# METADATA
# title: VM serial port access disabled
# description: |
#   The interactive serial console accepts connections from any IP address
#   and is not covered by firewall rules: whoever holds an SSH key for the
#   project can reach a login prompt of a GPU or notebook VM from anywhere.
# custom:
#   id: GCP-GCE-003
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Secure management ports
#   compliance:
#     mcsb: [NS-2]
#     cis-gcp: ["4.5"]
#   remediation:
#     terraform: >-
#       Remove `serial-port-enable` from `metadata` (or set it to `"false"`).
#   fix:
#     terraform: {set: {metadata.serial-port-enable: "false"}}
#   since: 0.2.0
package posture.gcp.compute.serial_port

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["metadata", "serial-port-enable"]} if {
	value := input.resource.metadata["serial-port-enable"]
	lower(sprintf("%v", [value])) in {"true", "1"}
	msg := sprintf("%s enables interactive serial port access: metadata \"serial-port-enable\" is %s.", [
		terraform.label, json.marshal(value),
	])
}
