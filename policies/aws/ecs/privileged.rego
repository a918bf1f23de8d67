# METADATA
# title: ECS containers do not run privileged
# description: |
#   A privileged container gets every Linux capability and the host's
#   devices: a compromised inference server or agent tool escapes to the
#   container instance and every task on it. privileged defaults to false in
#   a container definition; Fargate rejects it.
# custom:
#   id: AWS-ECS-001
#   severity: high
#   resource_types: [aws_ecs_task_definition]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#     aws-fsbp: [ECS.4]
#   remediation:
#     terraform: >-
#       Remove `privileged = true` from the container definition; add only the Linux capabilities the
#       container needs under `linuxParameters.capabilities.add`.
#   fix:
#     none: the container definition is JSON inside an attribute, which the fix planner does not edit
#   since: 0.2.0
package posture.aws.ecs.privileged

import data.posture.lib.terraform

# containers are the task's container definitions: decoded by the parser
# from jsonencode(), or from a JSON string (a heredoc or file()).
containers := input.resource.container_definitions if is_array(input.resource.container_definitions)

else := json.unmarshal(input.resource.container_definitions) if {
	is_string(input.resource.container_definitions)
	json.is_valid(input.resource.container_definitions)
} else := []

deny contains {"msg": msg, "path": ["container_definitions", i, "privileged"]} if {
	some i, c in containers
	c.privileged == true
	msg := sprintf("%s runs container %q privileged, with every capability and the host's devices: privileged = true.", [
		terraform.label, object.get(c, "name", sprintf("#%d", [i + 1])),
	])
}
