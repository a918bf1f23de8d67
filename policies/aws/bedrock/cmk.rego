# METADATA
# title: Bedrock resources encrypted with customer-managed KMS keys
# description: |
#   Agent sessions, guardrail configurations and fine-tuned model weights
#   are sensitive intellectual property. Without a customer-managed key they
#   are encrypted with an AWS-owned key the account cannot restrict, audit
#   or revoke.
# custom:
#   id: AWS-BR-005
#   severity: medium
#   resource_types: [aws_bedrockagent_agent, aws_bedrock_guardrail, aws_bedrock_custom_model]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Set `customer_encryption_key_arn` (agent), `kms_key_arn` (guardrail) or `custom_model_kms_key_id` (custom model) to a customer-managed `aws_kms_key`.
#   since: 0.1.0
package posture.aws.bedrock.cmk

import data.posture.lib.terraform

key_attribute := {
	"aws_bedrockagent_agent": "customer_encryption_key_arn",
	"aws_bedrock_guardrail": "kms_key_arn",
	"aws_bedrock_custom_model": "custom_model_kms_key_id",
}

kinds := {
	"aws_bedrockagent_agent": "Bedrock agent",
	"aws_bedrock_guardrail": "Bedrock guardrail",
	"aws_bedrock_custom_model": "Bedrock custom model",
}

deny contains {"msg": msg, "path": [attr]} if {
	attr := key_attribute[input.type]
	object.get(input.resource, attr, "") == ""
	msg := sprintf("%s %s is not encrypted with a customer-managed KMS key: %s.", [
		kinds[input.type], terraform.label, terraform.found([attr], "an AWS-owned key is used"),
	])
}
