# METADATA
# title: EFS file systems are encrypted at rest
# description: |
#   Shared file systems hold training datasets, checkpoints and notebooks.
#   encrypted defaults to false in the provider and the API (the console
#   turns it on), and it can only be chosen when the file system is created.
# custom:
#   id: AWS-EFS-001
#   severity: medium
#   resource_types: [aws_efs_file_system]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     cis-aws: ["~2.4.1"]
#     aws-fsbp: [EFS.1]
#   defender: >-
#     Amazon EFS should be configured to encrypt file data at rest using AWS KMS
#   remediation:
#     terraform: >-
#       Set `encrypted = true` (optionally with `kms_key_id`); an existing file system must be replaced and
#       its data copied.
#   fix:
#     none: encryption is chosen at creation; the file system must be replaced
#   since: 0.2.0
package posture.aws.efs.encrypted

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["encrypted"]} if {
	object.get(input.resource, "encrypted", false) != true
	msg := sprintf("%s is not encrypted at rest: %s.", [
		terraform.label, terraform.found(["encrypted"], "the default is false"),
	])
}
