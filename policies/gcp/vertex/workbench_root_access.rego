# METADATA
# title: Vertex AI Workbench root access disabled
# description: |
#   Root lets notebook users disable agents, read other users' tokens and
#   tamper with the VM. Root is allowed unless the instance metadata sets
#   notebook-disable-root to "true" (the organization policy
#   ainotebooks.disableRootAccess enforces the same at runtime and is not
#   visible here).
# custom:
#   id: GCP-VAI-002
#   severity: medium
#   resource_types: [google_workbench_instance, google_notebooks_instance]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       Add `"notebook-disable-root" = "true"` to `gce_setup.metadata` (legacy `google_notebooks_instance`: `metadata`).
#   since: 0.1.0
package posture.gcp.vertex.workbench_root_access

import data.posture.lib.terraform

metadata := {
	"google_workbench_instance": ["gce_setup", 0, "metadata"],
	"google_notebooks_instance": ["metadata"],
}

deny contains {"msg": msg, "path": path} if {
	base := metadata[input.type]
	path := array.concat(base, ["notebook-disable-root"])
	lower(sprintf("%v", [object.get(input.resource, path, "false")])) != "true"
	msg := sprintf("Notebook instance %s lets its users act as root: %s.", [
		terraform.label, found(base, path),
	])
}

found(base, path) := sprintf("%s sets \"notebook-disable-root\" = %s", [terraform.hcl_path(base), json.marshal(object.get(input.resource, path, null))]) if {
	object.get(input.resource, path, null) != null
} else := sprintf("%s does not set \"notebook-disable-root\" = \"true\" (root is allowed by default)", [terraform.hcl_path(base)])
