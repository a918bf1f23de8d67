# METADATA
# title: ECS container environments hold no credentials
# description: |
#   Container environment variables are plain text in the task definition:
#   anyone allowed ecs:DescribeTaskDefinition reads them, and they are in
#   the Terraform state. A model API key or database password belongs in
#   Secrets Manager or SSM Parameter Store, referenced from the container
#   definition's secrets list. Only literal values are reported.
# custom:
#   id: AWS-ECS-002
#   severity: high
#   resource_types: [aws_ecs_task_definition]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#     aws-fsbp: [ECS.8]
#   remediation:
#     terraform: >-
#       Move the value to Secrets Manager or SSM and reference it under `secrets = [{ name = "...",
#       valueFrom = "<secret ARN>" }]` in the container definition; grant the task execution role read
#       access.
#   fix:
#     none: the secret must be stored elsewhere and referenced from the container definition
#   since: 0.2.0
package posture.aws.ecs.environment_secrets

import data.posture.lib.aws
import data.posture.lib.terraform

# containers are the task's container definitions: decoded by the parser
# from jsonencode(), or from a JSON string (a heredoc or file()).
containers := input.resource.container_definitions if is_array(input.resource.container_definitions)

else := json.unmarshal(input.resource.container_definitions) if {
	is_string(input.resource.container_definitions)
	json.is_valid(input.resource.container_definitions)
} else := []

deny contains {"msg": msg, "path": ["container_definitions", i, "environment", j, "value"]} if {
	some i, c in containers
	some j, env in c.environment
	secret(env)
	msg := sprintf("%s writes a credential into environment variable %s of container %q in plain text: use the container's secrets with a Secrets Manager or SSM reference.", [
		terraform.label, env.name, object.get(c, "name", sprintf("#%d", [i + 1])),
	])
}

secret(env) if {
	aws.credential_name(env.name)
	aws.credential_value(env.value)
}

secret(env) if {
	is_string(env.value)
	aws.access_key_in(env.value)
}
