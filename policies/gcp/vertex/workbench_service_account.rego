# METADATA
# title: Vertex AI Workbench uses a dedicated service account
# description: |
#   Without a service account, a notebook runs as the Compute Engine default
#   service account, which often holds Editor on the project: every notebook
#   user inherits it. Give each notebook a dedicated, least-privilege
#   account.
# custom:
#   id: GCP-VAI-005
#   severity: medium
#   resource_types: [google_workbench_instance, google_notebooks_instance]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   remediation:
#     terraform: >-
#       Set `gce_setup { service_accounts { email = google_service_account.notebook.email } }` (legacy `google_notebooks_instance`: `service_account`).
#   since: 0.1.0
package posture.gcp.vertex.workbench_service_account

import data.posture.lib.gcp
import data.posture.lib.terraform

path := ["gce_setup", 0, "service_accounts", 0, "email"] if input.type == "google_workbench_instance"

else := ["service_account"]

deny contains {"msg": msg, "path": path} if {
	email := object.get(input.resource, path, "default")
	gcp.default_compute_sa(email)
	msg := sprintf("Notebook instance %s runs as the Compute Engine default service account: %s.", [
		terraform.label, terraform.found(path, "the Compute Engine default service account is used"),
	])
}
