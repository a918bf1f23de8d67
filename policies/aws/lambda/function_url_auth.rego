# METADATA
# title: Lambda function URLs require IAM authentication
# description: |
#   A function URL with authorization_type "NONE" lets anyone on the
#   internet invoke the function: a chat backend or an agent tool behind it
#   runs, and spends model tokens, for every caller. "AWS_IAM" requires
#   SigV4-signed requests from principals the function's resource policy
#   allows. authorization_type is a required argument: there is no default
#   to rely on.
# custom:
#   id: AWS-LMB-001
#   severity: high
#   resource_types: [aws_lambda_function_url]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: ["~Lambda.1"]
#   remediation:
#     terraform: >-
#       Set `authorization_type = "AWS_IAM"` and grant `lambda:InvokeFunctionUrl` to the callers that need
#       it; put a public API behind API Gateway with an authorizer instead.
#   fix:
#     terraform:
#       set: {authorization_type: AWS_IAM}
#   since: 0.2.0
package posture.aws.lambda.function_url_auth

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["authorization_type"]} if {
	input.resource.authorization_type == "NONE"
	msg := sprintf("%s lets anyone on the internet invoke the function without authentication: %s.", [
		terraform.label, terraform.found(["authorization_type"], ""),
	])
}
