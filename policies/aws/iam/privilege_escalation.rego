# METADATA
# title: No privilege-escalation permissions without constraints
# description: |
#   iam:PassRole on every role lets a SageMaker or Bedrock caller hand itself
#   any role in the account, and actions such as iam:CreatePolicyVersion or
#   iam:AttachRolePolicy on Resource "*" let an identity grant itself
#   administrator rights. Scope PassRole to the role ARNs and services that
#   need it.
# custom:
#   id: AWS-IAM-004
#   severity: high
#   resource_types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       Limit `iam:PassRole` to the ARNs of the roles to pass and add a `Condition` on `iam:PassedToService` (for example `sagemaker.amazonaws.com`); scope IAM write actions to specific ARNs.
#   since: 0.1.0
package posture.aws.iam.privilege_escalation

import data.posture.lib.aws
import data.posture.lib.terraform

# Bare "*" is full administration (AWS-IAM-001/-002), not this rule.
grants_explicitly(s, action) if {
	some p in s.actions
	p != "*"
	aws.action_matches(p, action)
}

passed_to_service(s) if {
	some _, keys in s.condition
	some k, _ in keys
	lower(k) == "iam:passedtoservice"
}

deny contains {"msg": msg, "path": passrole_path(s)} if {
	input.type in aws.iam_types
	some s in aws.statements
	aws.allow(s)
	grants_explicitly(s, "iam:PassRole")
	problem := passrole_problem(s)
	msg := sprintf("%s lets its holder pass roles without constraint: %s in %s allows iam:PassRole %s.", [
		terraform.label, aws.statement_label(s), terraform.hcl_path(s.doc_path), problem,
	])
}

# The finding blames the resource "*", or the condition that is missing
# (an unknown Condition makes it "review", not a finding).
passrole_path(s) := aws.all_resources_path(s) if aws.all_resources(s)

else := aws.field_path(s, "Condition")

passrole_problem(s) := "on Resource \"*\"" if aws.all_resources(s)

else := "without an iam:PassedToService condition" if not passed_to_service(s)

deny contains {"msg": msg, "path": aws.all_resources_path(s)} if {
	input.type in aws.iam_types
	some s in aws.statements
	aws.allow(s)
	aws.all_resources(s)
	found := [a |
		some a in aws.escalation_actions
		grants_explicitly(s, a)
	]
	count(found) > 0
	msg := sprintf("%s allows privilege escalation: %s in %s grants %s on Resource \"*\".", [
		terraform.label, aws.statement_label(s), terraform.hcl_path(s.doc_path), concat(", ", found),
	])
}
