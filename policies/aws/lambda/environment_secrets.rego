# METADATA
# title: Lambda environment variables hold no credentials
# description: |
#   Environment variables are returned in plain text to anyone allowed
#   lambda:GetFunctionConfiguration, stored in the Terraform state and shown
#   in plans. A model provider API key, database password or token written
#   there leaks with them. Keep the value in Secrets Manager or SSM
#   Parameter Store and pass its ARN or name instead. Values taken from
#   other resources or unknown inputs are not reported; only literal values
#   are.
# custom:
#   id: AWS-LMB-003
#   severity: high
#   resource_types: [aws_lambda_function]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   remediation:
#     terraform: >-
#       Move the value to `aws_secretsmanager_secret` (or an SSM SecureString) and pass its ARN in the
#       environment; read it at run time (the AWS Parameters and Secrets Lambda extension caches it).
#   fix:
#     none: the secret must be stored elsewhere and the code changed to read it
#   since: 0.2.0
package posture.aws.lambda.environment_secrets

import data.posture.lib.aws
import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some i, env in input.resource.environment
	some name, value in env.variables
	secret(name, value)
	path := ["environment", i, "variables", name]
	msg := sprintf("%s writes a credential into environment variable %s in plain text: it is readable with lambda:GetFunctionConfiguration and stored in the Terraform state.", [
		terraform.label, name,
	])
}

secret(name, value) if {
	aws.credential_name(name)
	aws.credential_value(value)
}

secret(_, value) if {
	is_string(value)
	aws.access_key_in(value)
}
