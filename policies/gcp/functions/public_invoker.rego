# METADATA
# title: Cloud Function not invokable by allUsers or allAuthenticatedUsers
# description: |
#   A grant to allUsers or allAuthenticatedUsers on a Cloud Function lets
#   anyone on the internet, or anyone with a Google account, trigger it:
#   an inference, embedding or ingestion function is then open to abuse and
#   cost. Functions have been private by default since November 2019; this
#   grant is what opens them.
# custom:
#   id: GCP-FN-001
#   severity: high
#   resource_types: [google_cloudfunctions_function_iam_member, google_cloudfunctions_function_iam_binding, google_cloudfunctions_function_iam_policy, google_cloudfunctions2_function_iam_member, google_cloudfunctions2_function_iam_binding, google_cloudfunctions2_function_iam_policy]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   remediation:
#     terraform: >-
#       Remove `allUsers` and `allAuthenticatedUsers` from the function's IAM members; grant `roles/cloudfunctions.invoker` (2nd gen: `roles/run.invoker` on its service) to the calling service accounts only.
#   fix:
#     none: the callers have to be granted the invoker role before the public member is removed
#   since: 0.2.0
package posture.gcp.functions.public_invoker

import data.posture.lib.gcp
import data.posture.lib.terraform

deny contains {"msg": msg, "path": g.path} if {
	some g in gcp.public_grants
	msg := sprintf("%s lets anyone call the Cloud Function: %s is granted %s.", [
		terraform.label, g.member, gcp.role_desc(g.role),
	])
}
