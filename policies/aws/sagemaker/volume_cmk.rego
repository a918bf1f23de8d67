# METADATA
# title: SageMaker notebook and Studio domain volumes encrypted with a customer-managed key
# description: |
#   Notebook ML storage volumes and the Studio domain's EFS volume hold
#   datasets, checkpoints and credentials. Without kms_key_id they are
#   encrypted with an AWS-managed key, whose use cannot be restricted or
#   revoked by the account.
# custom:
#   id: AWS-SM-003
#   severity: medium
#   resource_types: [aws_sagemaker_notebook_instance, aws_sagemaker_domain]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Set `kms_key_id` to the ARN or id of a customer-managed `aws_kms_key`.
#   since: 0.1.0
package posture.aws.sagemaker.volume_cmk

import data.posture.lib.terraform

kinds := {
	"aws_sagemaker_notebook_instance": "SageMaker notebook instance",
	"aws_sagemaker_domain": "SageMaker Studio domain",
}

deny contains {"msg": msg, "path": ["kms_key_id"]} if {
	object.get(input.resource, "kms_key_id", "") == ""
	msg := sprintf("%s %s does not encrypt its storage with a customer-managed key: %s.", [
		kinds[input.type], terraform.label, terraform.found(["kms_key_id"], "an AWS-managed key is used"),
	])
}
