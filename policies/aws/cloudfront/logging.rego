# METADATA
# title: CloudFront distributions write access logs
# description: |
#   Access logs record every viewer request with client address, path and
#   result: the trail needed to investigate scraping or abuse of an AI front
#   end. A distribution logs nothing without logging_config or a standard
#   logging (v2) delivery source that names it.
# custom:
#   id: AWS-CF-004
#   severity: low
#   resource_types: [aws_cloudfront_distribution]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     aws-fsbp: [CloudFront.5]
#   defender: >-
#     CloudFront distributions should have logging enabled
#   remediation:
#     terraform: >-
#       Add `logging_config { bucket = "<log bucket>.s3.amazonaws.com" }`, or an
#       `aws_cloudwatch_log_delivery_source` with `resource_arn` set to the distribution ARN.
#   fix:
#     none: logs need a destination bucket or log delivery
#   since: 0.2.0
package posture.aws.cloudfront.logging

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["logging_config"]} if {
	lib.known_under("logging_config")
	count(object.get(input.resource, "logging_config", [])) == 0
	not delivery_source
	msg := sprintf("%s writes no access logs: %s.", [
		terraform.label, terraform.found(["logging_config"], "no log delivery names the distribution"),
	])
}

delivery_source if {
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type == "aws_cloudwatch_log_delivery_source"
}
