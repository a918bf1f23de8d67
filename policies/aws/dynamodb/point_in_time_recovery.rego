# METADATA
# title: DynamoDB tables have point-in-time recovery
# description: |
#   Point-in-time recovery restores a table to any second of the last 35
#   days after a bad write, a poisoned import or a deletion of items by a
#   compromised application. point_in_time_recovery is disabled by default.
# custom:
#   id: AWS-DDB-001
#   severity: medium
#   resource_types: [aws_dynamodb_table]
#   formats: [terraform]
#   control: Implement security best practices
#   compliance:
#     mcsb: [BR-1]
#     aws-fsbp: [DynamoDB.2]
#   defender: >-
#     DynamoDB tables should have point-in-time recovery enabled
#   remediation:
#     terraform: >-
#       Add `point_in_time_recovery { enabled = true }`.
#   fix:
#     terraform:
#       set: {point_in_time_recovery.enabled: true}
#       create: true
#   since: 0.2.0
package posture.aws.dynamodb.point_in_time_recovery

import data.posture.lib.terraform

path := ["point_in_time_recovery", 0, "enabled"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	msg := sprintf("%s cannot be restored to a point in time: %s.", [
		terraform.label, terraform.found(path, "point-in-time recovery is disabled by default"),
	])
}
