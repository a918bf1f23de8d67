# METADATA
# title: EBS volumes are encrypted
# description: |
#   Unencrypted EBS volumes and their snapshots expose datasets, model
#   checkpoints and credentials on disk to anyone who can copy a snapshot.
#   encrypted defaults to false on aws_ebs_volume and on the block devices
#   of aws_instance and aws_launch_template, unless EBS encryption by
#   default is on for the account and region: an
#   aws_ebs_encryption_by_default in the scan that is not disabled makes
#   them pass. Volumes created from a snapshot inherit its encryption and
#   are not reported; an instance's root volume without root_block_device
#   follows the AMI and is not reported.
# custom:
#   id: AWS-EC2-001
#   severity: medium
#   resource_types: [aws_ebs_volume, aws_instance, aws_launch_template]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-4]
#     cis-aws: ["~2.2.1"]
#     aws-fsbp: [EC2.3]
#   defender: >-
#     Attached EBS volumes should be encrypted at-rest
#   remediation:
#     terraform: >-
#       Set `encrypted = true` on the volume or block device (optionally with `kms_key_id`), or turn on
#       `aws_ebs_encryption_by_default` for the account.
#   fix:
#     none: encryption is chosen when a volume is created; an existing volume is replaced from an encrypted snapshot copy
#   since: 0.2.0
package posture.aws.ec2.ebs_encryption

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["encrypted"]} if {
	input.type == "aws_ebs_volume"
	not encrypted(input.resource)
	lib.known("snapshot_id")
	not input.resource.snapshot_id
	not default_encryption
	msg := sprintf("%s is not encrypted: %s.", [terraform.label, terraform.found(["encrypted"], "the default is false")])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "aws_instance"
	some block in ["root_block_device", "ebs_block_device"]
	some i, d in input.resource[block]
	not encrypted(d)
	lib.known(sprintf("%s[%d].snapshot_id", [block, i]))
	not d.snapshot_id
	not default_encryption
	path := [block, i, "encrypted"]
	msg := sprintf("%s has an unencrypted volume: %s.", [terraform.label, terraform.found(path, "the default is false")])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "aws_launch_template"
	some i, m in input.resource.block_device_mappings
	some j, ebs in m.ebs
	not encrypted(ebs)
	lib.known(sprintf("block_device_mappings[%d].ebs[%d].snapshot_id", [i, j]))
	not ebs.snapshot_id
	not default_encryption
	path := ["block_device_mappings", i, "ebs", j, "encrypted"]
	msg := sprintf("%s launches instances with an unencrypted volume: %s.", [
		terraform.label, terraform.found(path, "the default is false"),
	])
}

# The launch template's encrypted is a string ("true") in the provider
# schema.
encrypted(x) if x.encrypted in {true, "true"}

default_encryption if {
	some r in object.get(data.posture.by_type, "aws_ebs_encryption_by_default", {})
	object.get(r.resource, "enabled", true) == true
}
