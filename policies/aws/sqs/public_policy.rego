# METADATA
# title: SQS queue policies do not grant access to everyone
# description: |
#   A queue policy that allows Principal "*" without a condition on the
#   source ARN, account or organisation lets any AWS account send messages
#   into a pipeline (prompt injection at scale) or receive and delete them.
# custom:
#   id: AWS-SQS-002
#   severity: high
#   resource_types: [aws_sqs_queue_policy, aws_sqs_queue]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [SQS.3]
#   remediation:
#     terraform: >-
#       Name the principals, or add a `Condition` on `aws:SourceArn`, `aws:SourceAccount` or
#       `aws:PrincipalOrgID`.
#   fix:
#     none: who may use the queue is a decision, not a default
#   since: 0.2.0
package posture.aws.sqs.public_policy

import data.posture.lib.aws
import data.posture.lib.terraform

deny contains {"msg": msg, "path": aws.field_path(s, "Condition")} if {
	some s in aws.statements
	aws.allow(s)
	aws.public_principal(s.principal)
	not aws.restricted(s)
	msg := sprintf("%s makes the %s public: %s in %s allows Principal %s to %s without a condition restricting the caller.", [
		terraform.label, "queue", aws.statement_label(s), terraform.hcl_path(s.doc_path), json.marshal(s.principal), json.marshal(array.concat(s.actions, s.not_actions)),
	])
}
