# METADATA
# title: Secrets Manager secrets rotate automatically
# description: |
#   A model provider key or database password that never changes stays valid
#   for as long as any copy of it leaks. A secret rotates only with an
#   aws_secretsmanager_secret_rotation (or, in older configurations, the
#   secret's own rotation_lambda_arn). The rotation may be declared in
#   another configuration: without a complete scan the finding is listed
#   only with --show-unknown.
# custom:
#   id: AWS-SEC-001
#   severity: medium
#   resource_types: [aws_secretsmanager_secret]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#     aws-fsbp: [SecretsManager.1]
#   defender: >-
#     Secrets Manager secrets should have automatic rotation enabled
#   remediation:
#     terraform: >-
#       Add an `aws_secretsmanager_secret_rotation` with `secret_id = aws_secretsmanager_secret.<name>.id`,
#       a `rotation_lambda_arn` (not needed for secrets managed by RDS) and `rotation_rules {
#       automatically_after_days = 30 }`.
#   fix:
#     none: rotation needs a rotation function that knows how to change the secret
#   since: 0.2.0
package posture.aws.secretsmanager.rotation

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "status": lib.graph_status} if {
	lib.known("rotation_lambda_arn")
	not input.resource.rotation_lambda_arn
	not rotated
	msg := sprintf("%s does not rotate: no aws_secretsmanager_secret_rotation in the scanned files names the secret.", [terraform.label])
}

rotated if {
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type == "aws_secretsmanager_secret_rotation"
	ref.path == "secret_id"
}
