# METADATA
# title: VM does not use the Compute Engine default service account
# description: |
#   The Compute Engine default service account is shared by every VM that
#   does not name another and usually holds Editor on the project. Even
#   with narrow scopes, a dedicated account per workload keeps a
#   compromised VM from inheriting every grant made to the default one.
#   (With the cloud-platform scope, GCP-GCE-001 reports it instead.)
# custom:
#   id: GCP-GCE-002
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#     cis-gcp: ["4.1"]
#   remediation:
#     terraform: >-
#       Set `service_account { email = google_service_account.vm.email }` to a dedicated account holding only the roles the VM needs.
#   fix:
#     none: a dedicated service account has to be created and granted the roles the VM needs
#   since: 0.2.0
package posture.gcp.compute.default_sa

import data.posture.lib
import data.posture.lib.gcp
import data.posture.lib.terraform

full_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

path := ["service_account", 0, "email"]

deny contains {"msg": msg, "path": path} if {
	sa := input.resource.service_account[0]
	gcp.default_compute_sa(object.get(sa, "email", "default"))
	lib.known("service_account[0].scopes")
	not full_scope(sa)
	msg := sprintf("%s runs as the Compute Engine default service account: %s.", [
		terraform.label, terraform.found(path, "the default service account is used"),
	])
}

full_scope(sa) if {
	some scope in sa.scopes
	scope in full_scopes
}
