# METADATA
# title: DAX clusters encrypt data at rest and in transit
# description: |
#   A DAX cluster caches table items (chat turns, agent state) in memory and
#   on disk. server_side_encryption is disabled by default, and
#   cluster_endpoint_encryption_type defaults to "NONE": clients then read
#   cached items over plain text.
# custom:
#   id: AWS-DDB-003
#   severity: medium
#   resource_types: [aws_dax_cluster]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     aws-fsbp: [DynamoDB.3, DynamoDB.7]
#   defender: >-
#     DynamoDB Accelerator (DAX) clusters should be encrypted at rest
#   remediation:
#     terraform: >-
#       Add `server_side_encryption { enabled = true }` and set `cluster_endpoint_encryption_type = "TLS"`
#       (both only at creation).
#   fix:
#     none: DAX encryption settings are chosen at creation; the cluster must be replaced
#   since: 0.2.0
package posture.aws.dynamodb.dax_encryption

import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	path := ["server_side_encryption", 0, "enabled"]
	object.get(input.resource, path, false) != true
	msg := sprintf("%s stores cached items unencrypted: %s.", [
		terraform.label, terraform.found(path, "encryption at rest is disabled by default"),
	])
}

deny contains {"msg": msg, "path": ["cluster_endpoint_encryption_type"]} if {
	object.get(input.resource, "cluster_endpoint_encryption_type", "NONE") != "TLS"
	msg := sprintf("%s serves cached items without TLS: %s.", [
		terraform.label, terraform.found(["cluster_endpoint_encryption_type"], "the default is \"NONE\""),
	])
}
