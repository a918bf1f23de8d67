# METADATA
# title: ECS task EFS volumes are encrypted in transit
# description: |
#   An EFS volume mounted without transit encryption sends datasets and
#   model files over NFS in clear text between the task and the file system.
#   efs_volume_configuration.transit_encryption defaults to "DISABLED".
# custom:
#   id: AWS-ECS-005
#   severity: medium
#   resource_types: [aws_ecs_task_definition]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set `transit_encryption = "ENABLED"` in every `efs_volume_configuration` (and use an access point
#       with IAM authorization).
#   fix:
#     terraform:
#       set: {volume.efs_volume_configuration.transit_encryption: ENABLED}
#   since: 0.2.0
package posture.aws.ecs.efs_transit_encryption

import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some i, v in input.resource.volume
	some j, _ in v.efs_volume_configuration
	path := ["volume", i, "efs_volume_configuration", j, "transit_encryption"]
	object.get(input.resource, path, "DISABLED") != "ENABLED"
	msg := sprintf("%s mounts EFS volume %q without encryption in transit: %s.", [
		terraform.label, object.get(v, "name", ""), terraform.found(path, "the default is \"DISABLED\""),
	])
}
