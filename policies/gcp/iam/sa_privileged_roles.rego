# METADATA
# title: Service accounts do not hold basic or admin roles on the project
# description: |
#   Owner, Editor or an *Admin role (roles/aiplatform.admin included) on a
#   pipeline, training or serving service account turns the compromise of
#   one job into project-wide control. Grant predefined roles scoped to what
#   the workload does.
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

import data.posture.lib
import data.posture.lib.gcp
import data.posture.lib.terraform

privileged(role) if role in {"roles/owner", "roles/editor"}

privileged(role) if regex.match(`^roles/.*[Aa]dmin`, role)

service_account(m) if startswith(m, "serviceAccount:")

deny contains {"msg": msg, "path": ["member"]} if {
	input.type == "google_project_iam_member"
	service_account(input.resource.member)
	privileged(input.resource.role)
	msg := sprintf("%s grants %s to service account %s on the project.", [
		terraform.label, input.resource.role, trim_prefix(input.resource.member, "serviceAccount:"),
	])
}

deny contains {"msg": msg, "path": ["members", i]} if {
	input.type == "google_project_iam_binding"
	privileged(input.resource.role)
	some i, m in input.resource.members
	service_account(m)
	msg := sprintf("%s grants %s to service account %s on the project.", [
		terraform.label, input.resource.role, trim_prefix(m, "serviceAccount:"),
	])
}

# The member is another resource's email, but "serviceAccount:" is
# written: the role is what is wrong for any service account.
deny contains {"msg": msg, "path": ["role"]} if {
	input.type == "google_project_iam_member"
	service_account(lib.known_prefix(["member"]))
	privileged(input.resource.role)
	msg := sprintf("%s grants %s to a service account on the project: member starts with %q (the account is known only after apply).", [
		terraform.label, input.resource.role, lib.known_prefix(["member"]),
	])
}

deny contains {"msg": msg, "path": ["role"]} if {
	input.type == "google_project_iam_binding"
	privileged(input.resource.role)
	some i, _ in input.resource.members
	service_account(lib.known_prefix(["members", i]))
	msg := sprintf("%s grants %s to a service account on the project: members[%d] starts with %q (the account is known only after apply).", [
		terraform.label, input.resource.role, i, lib.known_prefix(["members", i]),
	])
}

deny contains {"msg": msg, "path": array.concat(b.path, ["members", j])} if {
	input.type == "google_project_iam_policy"
	some b in gcp.policy_bindings
	privileged(b.role)
	some j, m in b.members
	service_account(m)
	msg := sprintf("%s grants %s to service account %s on the project (policy_data).", [
		terraform.label, b.role, trim_prefix(m, "serviceAccount:"),
	])
}

deny contains {"msg": msg, "path": array.concat(b.path, ["role"])} if {
	input.type == "google_project_iam_policy"
	some b in gcp.policy_bindings
	privileged(b.role)
	some j, _ in b.members
	service_account(lib.known_prefix(array.concat(b.path, ["members", j])))
	msg := sprintf("%s grants %s to a service account on the project (policy_data): a member starts with %q (the account is known only after apply).", [
		terraform.label, b.role, lib.known_prefix(array.concat(b.path, ["members", j])),
	])
}
