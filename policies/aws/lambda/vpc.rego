# METADATA
# title: Lambda functions run in a VPC
# description: |
#   A function outside a VPC reaches the internet and AWS APIs directly: its
#   egress cannot be filtered, and it cannot reach private endpoints of a
#   vector store or model. A function attached to private subnets uses
#   security groups, VPC endpoints and a NAT or firewall the network team
#   controls. vpc_config is absent by default.
# custom:
#   id: AWS-LMB-004
#   severity: low
#   resource_types: [aws_lambda_function]
#   formats: [terraform]
#   control: Implement security best practices
#   compliance:
#     mcsb: ["~NS-1"]
#     aws-fsbp: [Lambda.3]
#   defender: >-
#     Configure Lambda functions to a VPC
#   remediation:
#     terraform: >-
#       Add `vpc_config { subnet_ids = [...] security_group_ids = [...] }` with private subnets, and give
#       the execution role `AWSLambdaVPCAccessExecutionRole`.
#   fix:
#     none: a VPC needs subnets and security groups chosen for the function
#   since: 0.2.0
package posture.aws.lambda.vpc

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	lib.known_under("vpc_config")
	not attached
	path := subnets_path
	msg := sprintf("%s does not run in a VPC: %s.", [
		terraform.label, terraform.found(["vpc_config", 0, "subnet_ids"], "the function has direct internet egress"),
	])
}

attached if count(input.resource.vpc_config[0].subnet_ids) > 0

subnets_path := ["vpc_config", 0, "subnet_ids"] if count(object.get(input.resource, "vpc_config", [])) > 0

else := ["vpc_config"]
