# METADATA
# title: Cloud Run service runs as a dedicated service account
# description: |
#   A Cloud Run revision without a service account runs as the Compute
#   Engine default service account, which often holds Editor on the
#   project: a flaw in the chat app or model server then reaches every
#   resource of the project. A dedicated account holds only what the
#   service calls.
# custom:
#   id: GCP-RUN-003
#   severity: medium
#   resource_types: [google_cloud_run_service, google_cloud_run_v2_service, google_cloud_run_v2_job]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   remediation:
#     terraform: >-
#       Set `template { service_account = google_service_account.app.email }` (`google_cloud_run_v2_service`; in `template.template` for `google_cloud_run_v2_job`) or `template { spec { service_account_name = ... } }` (`google_cloud_run_service`) to an account holding only the roles the service needs.
#   fix:
#     none: a dedicated service account has to be created and granted the roles the service needs
#   since: 0.2.0
package posture.gcp.run.service_account

import data.posture.lib.gcp
import data.posture.lib.terraform

path := ["template", 0, "service_account"] if input.type == "google_cloud_run_v2_service"

else := ["template", 0, "template", 0, "service_account"] if input.type == "google_cloud_run_v2_job"

else := ["template", 0, "spec", 0, "service_account_name"]

deny contains {"msg": msg, "path": path} if {
	gcp.default_compute_sa(object.get(input.resource, path, "default"))
	msg := sprintf("Cloud Run %s %s runs as the Compute Engine default service account: %s.", [
		kind, terraform.label, terraform.found(path, "the Compute Engine default service account is used"),
	])
}

kind := "job" if input.type == "google_cloud_run_v2_job"

else := "service"
