# METADATA
# title: BigQuery dataset or table not public (allUsers / allAuthenticatedUsers)
# description: |
#   A dataset or table shared with allUsers or allAuthenticatedUsers is
#   readable, or writable, by anyone, or by anyone with a Google account:
#   training data, evaluation sets, prompt logs and analytics leak whole.
# custom:
#   id: GCP-BQ-001
#   severity: critical
#   resource_types: [google_bigquery_dataset, google_bigquery_dataset_access, google_bigquery_dataset_iam_member, google_bigquery_dataset_iam_binding, google_bigquery_dataset_iam_policy, google_bigquery_table_iam_member, google_bigquery_table_iam_binding, google_bigquery_table_iam_policy]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     cis-gcp: ["7.1"]
#   remediation:
#     terraform: >-
#       Remove the `access` entry (or `google_bigquery_dataset_access`, or IAM member) that names `allUsers` or `allAuthenticatedUsers` (`special_group` or `iam_member`); share with named groups, service accounts or authorized views instead.
#   fix:
#     none: the readers have to be granted access before the public member is removed
#   since: 0.2.0
package posture.gcp.bigquery.public_dataset

import data.posture.lib.gcp
import data.posture.lib.terraform

deny contains {"msg": msg, "path": g.path} if {
	some g in gcp.public_grants
	msg := sprintf("%s makes the BigQuery %s public: %s is granted %s.", [
		terraform.label, what, g.member, gcp.role_desc(g.role),
	])
}

what := "table" if startswith(input.type, "google_bigquery_table_")

else := "dataset"

# access blocks of the dataset, and google_bigquery_dataset_access.
entries contains {"entry": e, "path": ["access", i]} if {
	input.type == "google_bigquery_dataset"
	some i, e in input.resource.access
}

entries contains {"entry": input.resource, "path": []} if input.type == "google_bigquery_dataset_access"

deny contains {"msg": msg, "path": array.concat(e.path, [field])} if {
	some e in entries
	some field in ["special_group", "iam_member"]
	member := e.entry[field]
	member in gcp.public_members
	msg := sprintf("%s makes the BigQuery dataset public: an access entry gives %s the role %s.", [
		terraform.label, member, gcp.role_desc(object.get(e.entry, "role", null)),
	])
}
