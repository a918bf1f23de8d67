# METADATA
# title: RDS databases have deletion protection
# description: |
#   Deletion protection stops a mistaken terraform destroy, a replaced
#   resource or a compromised pipeline from deleting the database holding a
#   RAG store or feature data. deletion_protection defaults to false.
# custom:
#   id: AWS-RDS-004
#   severity: low
#   resource_types: [aws_db_instance, aws_rds_cluster]
#   formats: [terraform]
#   control: Implement security best practices
#   compliance:
#     mcsb: ["~BR-1"]
#     aws-fsbp: [RDS.7, RDS.8]
#   defender: >-
#     RDS DB instances should have deletion protection enabled; RDS clusters should have deletion protection enabled
#   remediation:
#     terraform: >-
#       Set `deletion_protection = true`.
#   fix:
#     terraform:
#       set: {deletion_protection: true}
#   since: 0.2.0
package posture.aws.rds.deletion_protection

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["deletion_protection"]} if {
	object.get(input.resource, "deletion_protection", false) != true
	msg := sprintf("%s can be deleted without first turning protection off: %s.", [
		terraform.label, terraform.found(["deletion_protection"], "the default is false"),
	])
}
