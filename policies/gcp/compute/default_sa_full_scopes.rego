# METADATA
# title: VM does not use the default service account with full API access
# description: |
#   The Compute Engine default service account usually holds Editor on the
#   project; with the cloud-platform scope nothing narrows it, so anyone
#   who reaches the VM (a notebook user, a flaw in a model server) gets
#   project-wide write access through the metadata server.
# custom:
#   id: GCP-GCE-001
#   severity: high
#   resource_types: [google_compute_instance, google_compute_instance_template, google_compute_region_instance_template]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#     cis-gcp: ["4.1", "4.2"]
#   remediation:
#     terraform: >-
#       Set `service_account { email = google_service_account.vm.email; scopes = ["cloud-platform"] }` with a dedicated account holding only the roles the VM needs (or list narrow scopes if the default account must stay).
#   fix:
#     none: a dedicated service account has to be created and granted the roles the VM needs
#   since: 0.2.0
package posture.gcp.compute.default_sa_full_scopes

import data.posture.lib
import data.posture.lib.gcp
import data.posture.lib.terraform

full_scopes := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

deny contains {"msg": msg, "path": ["service_account", 0, "scopes", j]} if {
	sa := input.resource.service_account[0]
	gcp.default_compute_sa(object.get(sa, "email", "default"))
	lib.known("service_account[0].email")
	some j, scope in sa.scopes
	scope in full_scopes
	msg := sprintf("%s runs as the Compute Engine default service account with full API access: %s and scopes contains %q.", [
		terraform.label, terraform.found(["service_account", 0, "email"], "the default service account is used"), scope,
	])
}
