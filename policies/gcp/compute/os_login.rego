# METADATA
# title: VM does not disable OS Login
# description: |
#   OS Login ties SSH access to IAM identities, with two-step verification
#   and revocation when a user leaves; enable-oslogin = FALSE on a VM
#   overrides the project setting and falls back to unmanaged metadata SSH
#   keys.
# custom:
#   id: GCP-GCE-007
#   severity: low
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#     cis-gcp: ["4.4"]
#   remediation:
#     terraform: >-
#       Remove `enable-oslogin` from the VM's `metadata` (and set it to `"TRUE"` in `google_compute_project_metadata`), or set it to `"TRUE"` on the VM.
#   fix:
#     terraform: {set: {metadata.enable-oslogin: "TRUE"}}
#   since: 0.2.0
package posture.gcp.compute.os_login

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["metadata", "enable-oslogin"]} if {
	value := input.resource.metadata["enable-oslogin"]
	lower(sprintf("%v", [value])) in {"false", "0"}
	msg := sprintf("%s disables OS Login: metadata \"enable-oslogin\" is %s.", [terraform.label, json.marshal(value)])
}
