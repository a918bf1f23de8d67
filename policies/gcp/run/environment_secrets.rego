# METADATA
# title: Cloud Run environment variables hold no credentials
# description: |
#   Plain environment variables of a Cloud Run service or job are shown to
#   anyone with run.services.get (roles/run.viewer), in every revision, and
#   are stored in the Terraform state. A model provider API key, database
#   password or token written there leaks with them. Reference a Secret
#   Manager secret instead (value_source.secret_key_ref). Only literal
#   values are reported.
# custom:
#   id: GCP-RUN-004
#   severity: high
#   resource_types: [google_cloud_run_service, google_cloud_run_v2_service, google_cloud_run_v2_job]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   remediation:
#     terraform: >-
#       Store the value in `google_secret_manager_secret` and reference it: `env { name = "OPENAI_API_KEY"; value_source { secret_key_ref { secret = google_secret_manager_secret.openai.secret_id; version = "latest" } } }` (`value_from { secret_key_ref { ... } }` on `google_cloud_run_service`), granting the service's account `roles/secretmanager.secretAccessor`.
#   fix:
#     none: the secret must be stored in Secret Manager first and referenced by the service
#   since: 0.2.0
package posture.gcp.run.environment_secrets

import data.posture.lib.gcp
import data.posture.lib.terraform

# The containers of each resource type, with their path.
containers contains {"c": c, "path": ["template", 0, "containers", i]} if {
	input.type == "google_cloud_run_v2_service"
	some i, c in input.resource.template[0].containers
}

containers contains {"c": c, "path": ["template", 0, "template", 0, "containers", i]} if {
	input.type == "google_cloud_run_v2_job"
	some i, c in input.resource.template[0].template[0].containers
}

containers contains {"c": c, "path": ["template", 0, "spec", 0, "containers", i]} if {
	input.type == "google_cloud_run_service"
	some i, c in input.resource.template[0].spec[0].containers
}

deny contains {"msg": msg, "path": array.concat(ctr.path, ["env", j, "value"])} if {
	some ctr in containers
	some j, env in ctr.c.env
	gcp.credential_env(env.name, env.value)
	msg := sprintf("Cloud Run %s %s writes a credential into environment variable %s in plain text: it is shown to every viewer of the service and stored in the Terraform state.", [
		kind, terraform.label, env.name,
	])
}

kind := "job" if input.type == "google_cloud_run_v2_job"

else := "service"
