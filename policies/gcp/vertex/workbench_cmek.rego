# METADATA
# title: Vertex AI Workbench disks encrypted with CMEK
# description: |
#   Notebook boot and data disks hold datasets, credentials and model
#   checkpoints. They are encrypted with Google-managed keys (GMEK) unless
#   disk_encryption is "CMEK" with a kms_key.
# custom:
#   id: GCP-VAI-003
#   severity: medium
#   resource_types: [google_workbench_instance, google_notebooks_instance]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       In `gce_setup`, set `boot_disk { disk_encryption = "CMEK"; kms_key = ... }` and `data_disks { disk_encryption = "CMEK"; kms_key = ... }` (legacy `google_notebooks_instance`: `disk_encryption = "CMEK"` and `kms_key`).
#   since: 0.1.0
package posture.gcp.vertex.workbench_cmek

import data.posture.lib.terraform

disks contains {"path": ["gce_setup", 0, disk, 0], "name": disk} if {
	input.type == "google_workbench_instance"
	some disk in ["boot_disk", "data_disks"]
}

disks contains {"path": [], "name": "disk"} if input.type == "google_notebooks_instance"

deny contains {"msg": msg, "path": path} if {
	some d in disks
	path := array.concat(d.path, ["disk_encryption"])
	object.get(input.resource, path, "GMEK") != "CMEK"
	msg := sprintf("Notebook instance %s does not encrypt its %s with a customer-managed key: %s.", [
		terraform.label, what(d.name), terraform.found(path, "Google-managed keys, GMEK"),
	])
}

deny contains {"msg": msg, "path": path} if {
	some d in disks
	object.get(input.resource, array.concat(d.path, ["disk_encryption"]), "GMEK") == "CMEK"
	path := array.concat(d.path, ["kms_key"])
	object.get(input.resource, path, "") == ""
	msg := sprintf("Notebook instance %s asks for CMEK on its %s without a key: %s.", [
		terraform.label, what(d.name), terraform.found(path, "no key"),
	])
}

what("boot_disk") := "boot disk"

what("data_disks") := "data disk"

what("disk") := "disks"
