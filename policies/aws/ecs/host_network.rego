# METADATA
# title: ECS tasks do not use host networking
# description: |
#   In "host" network mode a task shares the container instance's network
#   namespace: it binds host ports, reaches the instance metadata service
#   and sees other tasks' traffic, and security groups cannot be set per
#   task. "awsvpc" gives each task its own interface and security groups.
# custom:
#   id: AWS-ECS-003
#   severity: medium
#   resource_types: [aws_ecs_task_definition]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: ["~NS-1"]
#     aws-fsbp: [ECS.1]
#   defender: >-
#     Amazon ECS task definitions should have secure networking modes and user definitions
#   remediation:
#     terraform: >-
#       Set `network_mode = "awsvpc"` and attach security groups in the service's `network_configuration`.
#   fix:
#     none: moving to awsvpc changes port mappings and the service's network configuration
#   since: 0.2.0
package posture.aws.ecs.host_network

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["network_mode"]} if {
	input.resource.network_mode == "host"
	msg := sprintf("%s shares the host's network namespace: %s.", [terraform.label, terraform.found(["network_mode"], "")])
}
