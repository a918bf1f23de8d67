# METADATA
# title: CloudFront distributions are protected by AWS WAF
# description: |
#   A web ACL on the distribution filters exploit traffic, bots and request
#   floods at the edge before they reach the chat front end or the model API
#   behind it. A distribution has none unless web_acl_id names one.
# custom:
#   id: AWS-CF-003
#   severity: medium
#   resource_types: [aws_cloudfront_distribution]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-6]
#     aws-fsbp: [CloudFront.6]
#   defender: >-
#     CloudFront distributions should have AWS WAF enabled
#   remediation:
#     terraform: >-
#       Set `web_acl_id` to the ARN of an `aws_wafv2_web_acl` with `scope = "CLOUDFRONT"` (created in us-
#       east-1).
#   fix:
#     none: a web ACL and its rules are a design, not one setting
#   since: 0.2.0
package posture.aws.cloudfront.waf

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["web_acl_id"]} if {
	object.get(input.resource, "web_acl_id", "") == ""
	msg := sprintf("%s has no AWS WAF web ACL: %s.", [
		terraform.label, terraform.found(["web_acl_id"], "requests reach the origin unfiltered"),
	])
}
