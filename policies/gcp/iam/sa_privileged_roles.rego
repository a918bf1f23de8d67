# METADATA
# title: Service accounts do not hold basic or admin roles on the project
# description: |
#   Owner, Editor or an *Admin role (roles/aiplatform.admin included) on a
#   pipeline, training or serving service account turns the compromise of
#   one job into project-wide control. Grant predefined roles scoped to what
#   the workload does. Policies built with the google_iam_policy data source
#   are not evaluated (data sources are not part of the scanned model).
# custom:
#   id: GCP-IAM-002
#   severity: high
#   resource_types: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#     cis-gcp: ["1.5"]
#   remediation:
#     terraform: >-
#       Replace `roles/owner`, `roles/editor` and `*Admin` roles for `serviceAccount:` members with least-privilege predefined or custom roles (for example `roles/aiplatform.user`).
#   since: 0.1.0
package posture.gcp.iam.sa_privileged_roles

import data.posture.lib.gcp

privileged(role) if role in {"roles/owner", "roles/editor"}

privileged(role) if regex.match(`^roles/.*[Aa]dmin`, role)

service_account(m) if startswith(m, "serviceAccount:")

deny contains {"msg": msg, "path": ["member"]} if {
	input.type == "google_project_iam_member"
	service_account(input.resource.member)
	privileged(input.resource.role)
	msg := sprintf("%s grants %s to service account %s on the project.", [
		gcp.label, input.resource.role, trim_prefix(input.resource.member, "serviceAccount:"),
	])
}

deny contains {"msg": msg, "path": ["members", i]} if {
	input.type == "google_project_iam_binding"
	privileged(input.resource.role)
	some i, m in input.resource.members
	service_account(m)
	msg := sprintf("%s grants %s to service account %s on the project.", [
		gcp.label, input.resource.role, trim_prefix(m, "serviceAccount:"),
	])
}

deny contains {"msg": msg, "path": ["policy_data"]} if {
	input.type == "google_project_iam_policy"
	some b in gcp.policy_bindings
	privileged(b.role)
	some m in object.get(b, "members", [])
	service_account(m)
	msg := sprintf("%s grants %s to service account %s on the project (policy_data).", [
		gcp.label, b.role, trim_prefix(m, "serviceAccount:"),
	])
}
