# METADATA
# title: SageMaker endpoint configuration encrypts storage with KMS
# description: |
#   The ML storage volume of an inference endpoint holds the model artifacts.
#   Without kms_key_arn it is encrypted with an AWS-managed key, whose use
#   cannot be restricted or revoked by the account.
# custom:
#   id: AWS-SM-006
#   severity: medium
#   resource_types: [aws_sagemaker_endpoint_configuration]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Set `kms_key_arn` to the ARN of a customer-managed `aws_kms_key`.
#   since: 0.1.0
package posture.aws.sagemaker.endpoint_config_kms

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["kms_key_arn"]} if {
	object.get(input.resource, "kms_key_arn", "") == ""
	msg := sprintf("SageMaker endpoint configuration %s does not encrypt the inference volume with a customer-managed key: %s.", [
		terraform.label, terraform.found(["kms_key_arn"], "an AWS-managed key is used"),
	])
}
