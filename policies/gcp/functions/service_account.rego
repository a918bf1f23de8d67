# METADATA
# title: Cloud Function runs as a dedicated service account
# description: |
#   A function without a service account runs as a default one: the App
#   Engine default service account for 1st gen, the Compute Engine default
#   service account for 2nd gen. Both often hold Editor on the project, so
#   a flaw in the function reaches every resource of the project.
# custom:
#   id: GCP-FN-004
#   severity: medium
#   resource_types: [google_cloudfunctions_function, google_cloudfunctions2_function]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-3]
#   remediation:
#     terraform: >-
#       Set `service_account_email = google_service_account.fn.email` (in `service_config` on `google_cloudfunctions2_function`) to an account holding only the roles the function needs.
#   fix:
#     none: a dedicated service account has to be created and granted the roles the function needs
#   since: 0.2.0
package posture.gcp.functions.service_account

import data.posture.lib.gcp
import data.posture.lib.terraform

path := ["service_config", 0, "service_account_email"] if input.type == "google_cloudfunctions2_function"

else := ["service_account_email"]

default_account := "the Compute Engine default service account" if input.type == "google_cloudfunctions2_function"

else := "the App Engine default service account"

deny contains {"msg": msg, "path": path} if {
	default_sa(object.get(input.resource, path, "default"))
	msg := sprintf("Cloud Function %s runs as %s: %s.", [
		terraform.label, default_account, terraform.found(path, sprintf("%s is used", [default_account])),
	])
}

default_sa(email) if gcp.default_compute_sa(email)

# PROJECT_ID@appspot.gserviceaccount.com, the App Engine default account.
default_sa(email) if {
	is_string(email)
	endswith(email, "@appspot.gserviceaccount.com")
}
