# METADATA
# title: SQS queues encrypt messages at rest
# description: |
#   Queues between an AI application's stages carry prompts, documents to
#   embed and model outputs. New queues are encrypted with SQS-managed keys
#   (SSE-SQS) by default; a queue is unencrypted only when
#   sqs_managed_sse_enabled = false and no kms_master_key_id is set.
# custom:
#   id: AWS-SQS-001
#   severity: medium
#   resource_types: [aws_sqs_queue]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     aws-fsbp: [SQS.1]
#   defender: >-
#     Amazon SQS queues should be encrypted at rest
#   remediation:
#     terraform: >-
#       Remove `sqs_managed_sse_enabled = false`, or set `kms_master_key_id` to a KMS key for SSE-KMS.
#   fix:
#     terraform:
#       set: {sqs_managed_sse_enabled: true}
#   since: 0.2.0
package posture.aws.sqs.encryption

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["sqs_managed_sse_enabled"]} if {
	input.resource.sqs_managed_sse_enabled == false
	lib.known("kms_master_key_id")
	not input.resource.kms_master_key_id
	msg := sprintf("%s stores messages unencrypted: %s and no kms_master_key_id is set.", [
		terraform.label, terraform.found(["sqs_managed_sse_enabled"], ""),
	])
}
