# METADATA
# title: AWS AdministratorAccess policy not attached
# description: |
#   The AWS managed AdministratorAccess policy attached to a workload role,
#   user or group gives a SageMaker job, Bedrock agent or CI pipeline full
#   control of the account. Attach a policy scoped to what the workload does.
# custom:
#   id: AWS-IAM-003
#   severity: high
#   resource_types: [aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment, aws_iam_policy_attachment, aws_iam_role, aws_iam_role_policy_attachments_exclusive, aws_iam_user_policy_attachments_exclusive, aws_iam_group_policy_attachments_exclusive]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#   remediation:
#     terraform: >-
#       Replace `arn:aws:iam::aws:policy/AdministratorAccess` with a customer-managed or job-function policy that grants only the actions the workload needs.
#   since: 0.1.0
package posture.aws.iam.admin_attached

import data.posture.lib.terraform

attachment_types := {
	"aws_iam_role_policy_attachment",
	"aws_iam_user_policy_attachment",
	"aws_iam_group_policy_attachment",
	"aws_iam_policy_attachment",
}

list_attributes := {
	"aws_iam_role": "managed_policy_arns",
	"aws_iam_role_policy_attachments_exclusive": "policy_arns",
	"aws_iam_user_policy_attachments_exclusive": "policy_arns",
	"aws_iam_group_policy_attachments_exclusive": "policy_arns",
}

admin(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$`, arn)
}

deny contains {"msg": msg, "path": ["policy_arn"]} if {
	input.type in attachment_types
	admin(input.resource.policy_arn)
	msg := sprintf("%s attaches the AWS managed AdministratorAccess policy: %s.", [
		terraform.label, terraform.found(["policy_arn"], ""),
	])
}

deny contains {"msg": msg, "path": [attr, i]} if {
	attr := list_attributes[input.type]
	some i, arn in input.resource[attr]
	admin(arn)
	msg := sprintf("%s attaches the AWS managed AdministratorAccess policy: %s contains %q.", [
		terraform.label, attr, arn,
	])
}
