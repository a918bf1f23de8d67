# METADATA
# title: Bedrock model invocation logging configured
# description: |
#   Prompts and completions are the evidence needed to investigate misuse,
#   jailbreaks and data leakage through a model. Bedrock does not log model
#   invocations unless an account/region-level logging configuration sends
#   them to CloudWatch Logs or S3. Where the configuration may be managed
#   outside the scanned files, its absence is reported for review unless the
#   scan is declared complete.
# custom:
#   id: AWS-BR-001
#   severity: medium
#   resource_types: [aws_bedrock_model_invocation_logging_configuration, aws_bedrockagent_agent, aws_bedrock_guardrail, aws_bedrock_custom_model, aws_bedrock_provisioned_model_throughput, aws_bedrockagent_knowledge_base, aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#   defender: AWS Bedrock should have model invocation logging enabled
#   remediation:
#     terraform: >-
#       Declare an `aws_bedrock_model_invocation_logging_configuration` with `logging_config { text_data_delivery_enabled = true; cloudwatch_config { ... } }` (or `s3_config`) in every region that uses Bedrock.
#   since: 0.1.0
package posture.aws.bedrock.invocation_logging

import data.posture.lib
import data.posture.lib.aws
import data.posture.lib.terraform

config_type := "aws_bedrock_model_invocation_logging_configuration"

# The configuration sends invocations nowhere.
deny contains {"msg": msg, "path": ["logging_config"]} if {
	input.type == config_type
	count(object.get(input.resource, "logging_config", [])) == 0
	msg := sprintf("Bedrock invocation logging configuration %s logs nothing: logging_config is not set.", [terraform.label])
}

deny contains {"msg": msg, "path": ["logging_config", i]} if {
	input.type == config_type
	some i, c in input.resource.logging_config
	count(object.get(c, "cloudwatch_config", [])) == 0
	count(object.get(c, "s3_config", [])) == 0
	lib.known(sprintf("logging_config[%d].cloudwatch_config", [i]))
	lib.known(sprintf("logging_config[%d].s3_config", [i]))
	msg := sprintf("Bedrock invocation logging configuration %s has no destination: logging_config sets neither cloudwatch_config nor s3_config.", [terraform.label])
}

deny contains {"msg": msg, "path": ["logging_config", i, "text_data_delivery_enabled"]} if {
	input.type == config_type
	some i, c in input.resource.logging_config
	c.text_data_delivery_enabled == false
	msg := sprintf("Bedrock invocation logging configuration %s does not log prompts and completions: logging_config.text_data_delivery_enabled = false.", [terraform.label])
}

# No configuration in the scan: reported on the Bedrock resources, or on
# the IAM policies granting Bedrock invocation when there are none.
deny contains {"msg": msg, "status": lib.graph_status} if {
	anchor
	not lib.in_scan(config_type)
	msg := sprintf("%s %s, but no aws_bedrock_model_invocation_logging_configuration is declared in the scanned files: model invocations are not logged.", [terraform.label, use])
}

anchor if input.type in aws.bedrock_types

use := "allows invoking Bedrock" if input.type in aws.iam_types

else := "uses Bedrock"

anchor if {
	input.type in aws.iam_types
	count(aws.bedrock_resources) == 0
	aws.invokes_bedrock
}
