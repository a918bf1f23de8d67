# METADATA
# title: Vertex AI Workbench uses Shielded VM
# description: |
#   Secure boot, vTPM and integrity monitoring protect notebook VMs from
#   boot-level tampering and rootkits. Secure boot is off unless enabled;
#   vTPM and integrity monitoring are on unless disabled.
# custom:
#   id: GCP-VAI-004
#   severity: medium
#   resource_types: [google_workbench_instance, google_notebooks_instance]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-4]
#   remediation:
#     terraform: >-
#       Set `shielded_instance_config { enable_secure_boot = true; enable_vtpm = true; enable_integrity_monitoring = true }` (in `gce_setup` for Workbench instances).
#   since: 0.1.0
package posture.gcp.vertex.workbench_shielded_vm

import data.posture.lib.terraform

base := ["gce_setup", 0, "shielded_instance_config", 0] if input.type == "google_workbench_instance"

else := ["shielded_instance_config", 0]

defaults := {"enable_secure_boot": false, "enable_vtpm": true, "enable_integrity_monitoring": true}

deny contains {"msg": msg, "path": path} if {
	some setting, dflt in defaults
	path := array.concat(base, [setting])
	object.get(input.resource, path, dflt) != true
	msg := sprintf("Notebook instance %s is not a fully shielded VM: %s.", [
		terraform.label, terraform.found(path, sprintf("the default is %v", [dflt])),
	])
}
