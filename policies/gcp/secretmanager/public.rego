# METADATA
# title: Secret Manager secret not public (allUsers / allAuthenticatedUsers)
# description: |
#   A secret shared with allUsers or allAuthenticatedUsers can be read by
#   anyone, or anyone with a Google account: the model provider API keys,
#   database passwords and tokens it holds are as good as published.
# custom:
#   id: GCP-SM-001
#   severity: critical
#   resource_types: [google_secret_manager_secret_iam_member, google_secret_manager_secret_iam_binding, google_secret_manager_secret_iam_policy]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   remediation:
#     terraform: >-
#       Remove `allUsers` and `allAuthenticatedUsers` from the secret's IAM members; grant `roles/secretmanager.secretAccessor` to the service accounts that read it only.
#   fix:
#     none: the readers have to be granted access before the public member is removed
#   since: 0.2.0
package posture.gcp.secretmanager.public

import data.posture.lib.gcp
import data.posture.lib.terraform

deny contains {"msg": msg, "path": g.path} if {
	some g in gcp.public_grants
	msg := sprintf("%s makes the secret public: %s is granted %s.", [
		terraform.label, g.member, gcp.role_desc(g.role),
	])
}
