# METADATA
# title: ECR repositories are encrypted with KMS
# description: |
#   Images may contain model weights and baked-in configuration. With the
#   default AES256 encryption S3-managed keys protect them; KMS adds a key
#   policy, CloudTrail records of every decrypt and the option to revoke.
#   encryption_configuration.encryption_type defaults to "AES256".
# custom:
#   id: AWS-ECR-003
#   severity: medium
#   resource_types: [aws_ecr_repository]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Set `encryption_configuration { encryption_type = "KMS" kms_key = aws_kms_key.<name>.arn }` (the
#       setting can only be chosen when the repository is created).
#   fix:
#     none: the encryption of a repository is chosen at creation; changing it replaces the repository and deletes its images
#   since: 0.2.0
package posture.aws.ecr.kms

import data.posture.lib.terraform

path := ["encryption_configuration", 0, "encryption_type"]

deny contains {"msg": msg, "path": path} if {
	not object.get(input.resource, path, "AES256") in {"KMS", "KMS_DSSE"}
	msg := sprintf("%s is not encrypted with a KMS key: %s.", [
		terraform.label, terraform.found(path, "the default is \"AES256\""),
	])
}
