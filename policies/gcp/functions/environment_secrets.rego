# METADATA
# title: Cloud Function environment variables hold no credentials
# description: |
#   Environment variables of a function (runtime and build) are shown to
#   anyone who can view it and are stored in the Terraform state. A model
#   provider API key, database password or token written there leaks with
#   them. Reference a Secret Manager secret instead (secret_environment_variables).
#   Only literal values are reported.
# custom:
#   id: GCP-FN-005
#   severity: high
#   resource_types: [google_cloudfunctions_function, google_cloudfunctions2_function]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   remediation:
#     terraform: >-
#       Store the value in `google_secret_manager_secret` and pass it with a `secret_environment_variables { key = "OPENAI_API_KEY"; secret = ...; version = "latest" }` block (in `service_config` on `google_cloudfunctions2_function`) instead of `environment_variables`.
#   fix:
#     none: the secret must be stored in Secret Manager first and referenced by the function
#   since: 0.2.0
package posture.gcp.functions.environment_secrets

import data.posture.lib.gcp
import data.posture.lib.terraform

# The environment maps of each resource type, with their path.
maps contains ["environment_variables"] if input.type == "google_cloudfunctions_function"

maps contains ["build_environment_variables"] if input.type == "google_cloudfunctions_function"

maps contains ["service_config", 0, "environment_variables"] if input.type == "google_cloudfunctions2_function"

maps contains ["build_config", 0, "environment_variables"] if input.type == "google_cloudfunctions2_function"

deny contains {"msg": msg, "path": array.concat(path, [name])} if {
	some path in maps
	some name, value in object.get(input.resource, path, {})
	gcp.credential_env(name, value)
	msg := sprintf("Cloud Function %s writes a credential into environment variable %s (%s) in plain text: it is shown to every viewer of the function and stored in the Terraform state.", [
		terraform.label, name, terraform.hcl_path(path),
	])
}
