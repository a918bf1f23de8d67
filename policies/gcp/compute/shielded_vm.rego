# METADATA
# title: VM uses Shielded VM (secure boot, vTPM, integrity monitoring)
# description: |
#   Secure boot, vTPM and integrity monitoring protect VMs from boot-level
#   malware and rootkits that survive reimaging of the workload. Secure
#   boot is off unless enabled; vTPM and integrity monitoring are on unless
#   disabled.
# custom:
#   id: GCP-GCE-004
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-4]
#     cis-gcp: ["4.8"]
#   remediation:
#     terraform: >-
#       Set `shielded_instance_config { enable_secure_boot = true; enable_vtpm = true; enable_integrity_monitoring = true }` on a Shielded VM image.
#   fix:
#     terraform: {set: {shielded_instance_config.enable_secure_boot: true, shielded_instance_config.enable_vtpm: true, shielded_instance_config.enable_integrity_monitoring: true}, create: true}
#   since: 0.2.0
package posture.gcp.compute.shielded_vm

import data.posture.lib.terraform

defaults := {"enable_secure_boot": false, "enable_vtpm": true, "enable_integrity_monitoring": true}

deny contains {"msg": msg, "path": path} if {
	some setting, dflt in defaults
	path := ["shielded_instance_config", 0, setting]
	object.get(input.resource, path, dflt) != true
	msg := sprintf("%s is not a fully shielded VM: %s.", [
		terraform.label, terraform.found(path, sprintf("the default is %v", [dflt])),
	])
}
