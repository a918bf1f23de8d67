# METADATA
# title: CloudTrail multi-region with log file validation and logging on
# description: |
#   A multi-region trail records Bedrock and SageMaker control-plane calls in
#   every region, and log file validation makes tampering with the records
#   detectable. Trails are single-region and unvalidated by default.
# custom:
#   id: AWS-CT-001
#   severity: medium
#   resource_types: [aws_cloudtrail]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     cis-aws: ["3.1", "3.2"]
#     aws-fsbp: [CloudTrail.1, CloudTrail.4]
#   remediation:
#     terraform: >-
#       Set `is_multi_region_trail = true`, `enable_log_file_validation = true` and keep `enable_logging = true`.
#   fix:
#     terraform: {set: {is_multi_region_trail: true, enable_log_file_validation: true, enable_logging: true}}
#   since: 0.1.0
package posture.aws.cloudtrail.multi_region_validation

import data.posture.lib.terraform

settings := {
	"is_multi_region_trail": "records only its home region",
	"enable_log_file_validation": "does not validate its log files",
}

deny contains {"msg": msg, "path": [s]} if {
	some s, problem in settings
	object.get(input.resource, s, false) != true
	msg := sprintf("CloudTrail trail %s %s: %s.", [terraform.label, problem, terraform.found([s], "the default is false")])
}

deny contains {"msg": msg, "path": ["enable_logging"]} if {
	input.resource.enable_logging == false
	msg := sprintf("CloudTrail trail %s does not log: enable_logging = false.", [terraform.label])
}
