# METADATA
# title: Pub/Sub topic or subscription not public (allUsers / allAuthenticatedUsers)
# description: |
#   A topic or subscription shared with allUsers or allAuthenticatedUsers
#   lets anyone publish into the pipeline (poisoning ingestion, embedding or
#   training jobs) or read the messages flowing through it.
# custom:
#   id: GCP-PS-001
#   severity: high
#   resource_types: [google_pubsub_topic_iam_member, google_pubsub_topic_iam_binding, google_pubsub_topic_iam_policy, google_pubsub_subscription_iam_member, google_pubsub_subscription_iam_binding, google_pubsub_subscription_iam_policy]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       Remove `allUsers` and `allAuthenticatedUsers` from the topic's (or subscription's) IAM members; grant `roles/pubsub.publisher` or `roles/pubsub.subscriber` to the named service accounts that need it.
#   fix:
#     none: the publishers and subscribers have to be granted access before the public member is removed
#   since: 0.2.0
package posture.gcp.pubsub.public

import data.posture.lib.gcp
import data.posture.lib.terraform

what := "subscription" if startswith(input.type, "google_pubsub_subscription_")

else := "topic"

deny contains {"msg": msg, "path": g.path} if {
	some g in gcp.public_grants
	msg := sprintf("%s makes the Pub/Sub %s public: %s is granted %s.", [
		terraform.label, what, g.member, gcp.role_desc(g.role),
	])
}
