# METADATA
# title: RDS instances and Aurora clusters encrypt storage
# description: |
#   Unencrypted database storage, snapshots and backups expose embeddings,
#   conversation history and training data to anyone who gets a copy of a
#   snapshot. storage_encrypted defaults to false for aws_db_instance and
#   for provisioned aws_rds_cluster (Aurora Serverless v1 is always
#   encrypted). Replicas and restores from a snapshot inherit their source's
#   encryption and are not reported.
# custom:
#   id: AWS-RDS-002
#   severity: medium
#   resource_types: [aws_db_instance, aws_rds_cluster]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     cis-aws: ["~2.3.1"]
#     aws-fsbp: [RDS.3, RDS.27]
#   defender: >-
#     RDS DB instances should have encryption at rest enabled
#   remediation:
#     terraform: >-
#       Set `storage_encrypted = true` (with `kms_key_id` for a customer-managed key). An existing database
#       is encrypted by restoring an encrypted snapshot copy.
#   fix:
#     none: storage encryption is chosen at creation; an existing database must be restored from an encrypted snapshot
#   since: 0.2.0
package posture.aws.rds.storage_encrypted

import data.posture.lib
import data.posture.lib.terraform

inherits := {
	"aws_db_instance": ["replicate_source_db", "snapshot_identifier"],
	"aws_rds_cluster": ["replication_source_identifier", "snapshot_identifier", "global_cluster_identifier", "restore_to_point_in_time", "s3_import"],
}

deny contains {"msg": msg, "path": ["storage_encrypted"]} if {
	object.get(input.resource, "storage_encrypted", false) != true
	every k in inherits[input.type] {
		lib.known_under(k)
		object.get(input.resource, k, null) == null
	}
	lib.known("engine_mode")
	object.get(input.resource, "engine_mode", "provisioned") != "serverless"
	msg := sprintf("%s stores data unencrypted: %s.", [
		terraform.label, terraform.found(["storage_encrypted"], "the default is false"),
	])
}
