# METADATA
# title: API Gateway stages write access logs
# description: |
#   Access logs record who called which route of an AI gateway, from where
#   and with what result: the trail needed to investigate key abuse or
#   prompt flooding. A stage logs nothing unless access_log_settings names a
#   destination (a CloudWatch log group or Firehose stream).
# custom:
#   id: AWS-APIGW-002
#   severity: medium
#   resource_types: [aws_api_gateway_stage, aws_apigatewayv2_stage]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     aws-fsbp: [APIGateway.9]
#   remediation:
#     terraform: >-
#       Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.<name>.arn format =
#       jsonencode({...}) }`.
#   fix:
#     none: access logs need a destination log group or stream
#   since: 0.2.0
package posture.aws.apigateway.access_logging

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["access_log_settings"]} if {
	lib.known_under("access_log_settings")
	count(object.get(input.resource, "access_log_settings", [])) == 0
	msg := sprintf("%s writes no access logs: %s.", [
		terraform.label, terraform.found(["access_log_settings"], "requests to the stage are not logged"),
	])
}
