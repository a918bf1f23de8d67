# METADATA
# title: EBS encryption by default is not turned off
# description: |
#   aws_ebs_encryption_by_default with enabled = false turns off the account
#   setting that encrypts every new EBS volume and snapshot copy in the
#   region, including volumes created by EKS node groups, SageMaker and AMIs
#   that do not ask for encryption. The resource's enabled defaults to true.
# custom:
#   id: AWS-EC2-002
#   severity: medium
#   resource_types: [aws_ebs_encryption_by_default]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     cis-aws: ["~2.2.1"]
#     aws-fsbp: [EC2.7]
#   defender: >-
#     EBS default encryption should be enabled
#   remediation:
#     terraform: >-
#       Set `enabled = true` (the default).
#   fix:
#     terraform:
#       set: {enabled: true}
#   since: 0.2.0
package posture.aws.ec2.encryption_by_default

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["enabled"]} if {
	input.resource.enabled == false
	msg := sprintf("%s turns off EBS encryption by default for the region: %s.", [terraform.label, terraform.found(["enabled"], "")])
}
