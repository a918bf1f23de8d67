# METADATA
# title: No service-wide wildcard actions or write actions on all resources
# description: |
#   Wildcard actions such as s3:*, bedrock:* or sagemaker:*, write and
#   permissions-management actions on Resource "*", and Allow statements with
#   NotAction break least privilege for AI service, pipeline and agent roles:
#   every new API of the service is granted too. Full "*" on "*" is reported
#   by AWS-IAM-001.
# custom:
#   id: AWS-IAM-002
#   severity: high
#   resource_types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       List the actions the identity needs instead of `"<service>:*"`, scope write actions to resource ARNs instead of `Resource = "*"`, and use `Action` instead of `NotAction` in Allow statements.
#   params:
#     ignored_actions:
#       - cloudwatch:PutMetricData
#       - xray:PutTraceSegments
#       - xray:PutTelemetryRecords
#       - ec2:CreateNetworkInterface
#       - ec2:DeleteNetworkInterface
#       - ec2:DeleteNetworkInterfacePermission
#       - ec2:CreateNetworkInterfacePermission
#   since: 0.1.0
package posture.aws.iam.wildcard_actions

import data.posture.lib
import data.posture.lib.aws
import data.posture.lib.terraform

# write_verbs start the names of write and permissions-management actions.
write_verbs := [
	"add", "associate", "attach", "authorize", "change", "create", "delete", "detach",
	"disable", "disassociate", "enable", "import", "modify", "pass", "put", "remove",
	"replace", "reset", "restore", "revoke", "set", "tag", "terminate", "untag",
	"update", "upload",
]

ignored := {lower(a) | some a in object.get(lib.params("AWS-IAM-002"), "ignored_actions", [])}

full_admin(s) if {
	"*" in s.actions
	"*" in s.resources
}

# A service-wide wildcard: "*" or "<service>:*".
deny contains {"msg": msg, "path": aws.element_path(s, "Action", a)} if {
	input.type in aws.iam_types
	some s in aws.statements
	aws.allow(s)
	not full_admin(s)
	some a in s.actions
	service_wildcard(a)
	msg := sprintf("%s allows every action of a service: %s in %s grants %q.", [
		terraform.label, aws.statement_label(s), terraform.hcl_path(s.doc_path), a,
	])
}

service_wildcard(a) if a == "*"

service_wildcard(a) if {
	parts := split(a, ":")
	count(parts) == 2
	parts[1] == "*"
}

# A write or permissions-management action on every resource.
deny contains {"msg": msg, "path": aws.all_resources_path(s)} if {
	input.type in aws.iam_types
	some s in aws.statements
	aws.allow(s)
	aws.all_resources(s)
	writes := [a |
		some a in s.actions
		not service_wildcard(a)
		write_action(a)
		not lower(a) in ignored
		not escalation(a)
	]
	count(writes) > 0
	msg := sprintf("%s allows write actions on every resource: %s in %s grants %s on Resource \"*\".", [
		terraform.label, aws.statement_label(s), terraform.hcl_path(s.doc_path), concat(", ", writes),
	])
}

# Escalation actions and iam:PassRole are AWS-IAM-004's.
escalation(a) if lower(a) == "iam:passrole"

escalation(a) if {
	some e in aws.escalation_actions
	lower(a) == lower(e)
}

write_action(a) if {
	parts := split(a, ":")
	count(parts) == 2
	name := lower(parts[1])
	some v in write_verbs
	startswith(name, v)
}

# NotAction in an Allow statement.
deny contains {"msg": msg, "path": aws.field_path(s, "NotAction")} if {
	input.type in aws.iam_types
	some s in aws.statements
	aws.allow(s)
	count(s.not_actions) > 0
	msg := sprintf("%s allows everything except a list: %s in %s uses NotAction %s with Effect \"Allow\".", [
		terraform.label, aws.statement_label(s), terraform.hcl_path(s.doc_path), json.marshal(s.not_actions),
	])
}
