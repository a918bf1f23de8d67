# METADATA
# title: VM blocks project-wide SSH keys
# description: |
#   SSH keys in project metadata open every VM of the project: one leaked
#   key reaches every GPU and notebook VM. A VM that blocks project-wide
#   keys accepts only its own; OS Login (enable-oslogin, on the VM or in
#   project metadata declared beside it) replaces metadata keys altogether
#   and passes too.
# custom:
#   id: GCP-GCE-005
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Secure management ports
#   compliance:
#     mcsb: [IM-1]
#     cis-gcp: ["4.3"]
#   remediation:
#     terraform: >-
#       Set `metadata = { "block-project-ssh-keys" = "true" }` on the VM, or enable OS Login (`"enable-oslogin" = "TRUE"`).
#   fix:
#     none: blocking project keys or enabling OS Login is a choice of how users reach the VM
#   since: 0.2.0
package posture.gcp.compute.project_ssh_keys

import data.posture.lib
import data.posture.lib.terraform

metadata := object.get(input.resource, "metadata", {})

truthy(v) if lower(sprintf("%v", [v])) in {"true", "1"}

deny contains {"msg": msg, "path": ["metadata", "block-project-ssh-keys"]} if {
	is_object(metadata)
	lib.known("metadata")
	not truthy(object.get(metadata, "block-project-ssh-keys", false))
	not truthy(object.get(metadata, "enable-oslogin", false))
	lib.known("metadata.enable-oslogin")
	not project_os_login
	msg := sprintf("%s accepts project-wide SSH keys: %s.", [terraform.label, found])
}

# OS Login enabled for the whole project (google_compute_project_metadata
# or a google_compute_project_metadata_item in the scan) makes VMs ignore
# metadata SSH keys too, unless the VM turns it off (GCP-GCE-007).
project_os_login if {
	not vm_disables_os_login
	some p in object.get(data.posture.by_type, "google_compute_project_metadata", {})
	truthy(object.get(p.resource, ["metadata", "enable-oslogin"], false))
	same_stack(p)
	same_project(p)
}

project_os_login if {
	not vm_disables_os_login
	some p in object.get(data.posture.by_type, "google_compute_project_metadata_item", {})
	p.resource.key == "enable-oslogin"
	truthy(p.resource.value)
	same_stack(p)
	same_project(p)
}

vm_disables_os_login if {
	v := metadata["enable-oslogin"]
	lower(sprintf("%v", [v])) in {"false", "0"}
}

# same_stack holds for project metadata declared in the VM's own
# directory (the same root or module): a scan of many configurations (a
# monorepo, a samples collection) holds many projects, and metadata of one
# says nothing of the VMs of another. Metadata set by a root for the VMs
# of a module it calls is not seen: those VMs are still reported.
same_stack(p) if _dir(p.file) == _dir(input.file)

_dir(f) := concat("/", array.slice(parts, 0, count(parts) - 1)) if parts := split(f, "/")

same_project(p) if not input.resource.project

same_project(p) if not p.resource.project

same_project(p) if p.resource.project == input.resource.project

found := sprintf("metadata \"block-project-ssh-keys\" is %s", [json.marshal(metadata["block-project-ssh-keys"])]) if {
	metadata["block-project-ssh-keys"] != null
} else := "metadata \"block-project-ssh-keys\" is not set (project keys are accepted by default)"
