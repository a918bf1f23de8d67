# METADATA
# title: DynamoDB tables are encrypted with a customer-managed key
# description: |
#   DynamoDB encrypts every table, by default with an AWS owned key the
#   account cannot see, audit or revoke. A customer-managed KMS key adds a
#   key policy, CloudTrail records of every use and the option to cut access
#   to chat history or agent memory at once. Without server_side_encryption
#   (or with it but no kms_key_arn) the table uses an AWS owned or AWS
#   managed key.
# custom:
#   id: AWS-DDB-002
#   severity: medium
#   resource_types: [aws_dynamodb_table]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Add `server_side_encryption { enabled = true kms_key_arn = aws_kms_key.<name>.arn }`.
#   fix:
#     none: a customer-managed key must exist and grant DynamoDB its use
#   since: 0.2.0
package posture.aws.dynamodb.cmk

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	lib.known_under("server_side_encryption")
	not cmk
	path := finding_path
	msg := sprintf("%s is not encrypted with a customer-managed KMS key: %s.", [terraform.label, detail])
}

cmk if {
	input.resource.server_side_encryption[0].enabled == true
	input.resource.server_side_encryption[0].kms_key_arn
}

finding_path := ["server_side_encryption"] if {
	not input.resource.server_side_encryption
} else := ["server_side_encryption", 0, "enabled"] if {
	input.resource.server_side_encryption[0].enabled != true
} else := ["server_side_encryption", 0]

detail := terraform.found(["server_side_encryption"], "DynamoDB uses an AWS owned key") if {
	not input.resource.server_side_encryption
} else := terraform.found(["server_side_encryption", 0, "enabled"], "") if {
	input.resource.server_side_encryption[0].enabled != true
} else := "server_side_encryption.kms_key_arn is not set (the AWS managed key aws/dynamodb is used)"
