# METADATA
# title: No full-admin "*:*" IAM policy
# description: |
#   A policy that allows every action on every resource turns one
#   compromised pipeline, notebook or agent role into a takeover of the whole
#   AWS account. Grant the actions and resources the workload needs.
# custom:
#   id: AWS-IAM-001
#   severity: critical
#   resource_types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#     cis-aws: ["1.16"]
#     aws-fsbp: [IAM.1]
#   remediation:
#     terraform: >-
#       Replace `Action = "*"` with the actions the identity needs and `Resource = "*"` with the ARNs it works on; attach an AWS managed job-function policy if a broad role is really needed.
#   since: 0.1.0
package posture.aws.iam.full_admin

import data.posture.lib.aws
import data.posture.lib.terraform

deny contains {"msg": msg, "path": aws.element_path(s, "Action", "*")} if {
	input.type in aws.iam_types
	some s in aws.statements
	aws.allow(s)
	"*" in s.actions
	"*" in s.resources
	msg := sprintf("%s grants full administrative access: %s in %s allows Action \"*\" on Resource \"*\".", [
		terraform.label,
		aws.statement_label(s),
		terraform.hcl_path(s.doc_path),
	])
}
