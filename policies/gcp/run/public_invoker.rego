# METADATA
# title: Cloud Run service not invokable by allUsers or allAuthenticatedUsers
# description: |
#   A grant to allUsers or allAuthenticatedUsers on a Cloud Run service or
#   job lets anyone on the internet, or anyone with a Google account, call
#   it without an identity the service can check: a model or chat API
#   behind it is open to abuse, cost and data extraction. Cloud Functions
#   (2nd gen) are Cloud Run services and are invoked through these same
#   grants.
# custom:
#   id: GCP-RUN-001
#   severity: high
#   resource_types: [google_cloud_run_service_iam_member, google_cloud_run_service_iam_binding, google_cloud_run_service_iam_policy, google_cloud_run_v2_service_iam_member, google_cloud_run_v2_service_iam_binding, google_cloud_run_v2_service_iam_policy, google_cloud_run_v2_job_iam_member, google_cloud_run_v2_job_iam_binding, google_cloud_run_v2_job_iam_policy]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#   remediation:
#     terraform: >-
#       Remove `allUsers` and `allAuthenticatedUsers` from the invoker grant; grant `roles/run.invoker` to the calling service accounts or groups, and put a public front end behind an external load balancer with Identity-Aware Proxy or Cloud Armor.
#   fix:
#     none: the callers have to be granted the invoker role before the public member is removed
#   since: 0.2.0
package posture.gcp.run.public_invoker

import data.posture.lib.gcp
import data.posture.lib.terraform

deny contains {"msg": msg, "path": g.path} if {
	some g in gcp.public_grants
	msg := sprintf("%s lets anyone call the Cloud Run %s: %s is granted %s.", [
		terraform.label, kind, g.member, gcp.role_desc(g.role),
	])
}

kind := "job" if contains(input.type, "_job_")

else := "service"
