# METADATA
# title: API Gateway REST stages are protected by AWS WAF
# description: |
#   A web ACL in front of a REST API stage blocks known exploit patterns,
#   rate-limits abusive clients and filters oversized prompts before they
#   reach the model backend. A stage has no web ACL unless an
#   aws_wafv2_web_acl_association (or a classic
#   aws_wafregional_web_acl_association) names it. The association may live
#   in another configuration: without a complete scan the finding is listed
#   only with --show-unknown.
# custom:
#   id: AWS-APIGW-003
#   severity: medium
#   resource_types: [aws_api_gateway_stage]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-6]
#     aws-fsbp: [APIGateway.4]
#   defender: >-
#     API Gateway should be associated with an AWS WAF web ACL
#   remediation:
#     terraform: >-
#       Add an `aws_wafv2_web_acl_association` with `resource_arn = aws_api_gateway_stage.<name>.arn` and a
#       regional `aws_wafv2_web_acl`.
#   fix:
#     none: a web ACL and its rules are a design, not one setting
#   since: 0.2.0
package posture.aws.apigateway.waf

import data.posture.lib
import data.posture.lib.terraform

association_types := {"aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"}

deny contains {"msg": msg, "status": lib.graph_status} if {
	not associated
	msg := sprintf("%s has no AWS WAF web ACL: no aws_wafv2_web_acl_association in the scanned files names the stage.", [terraform.label])
}

associated if {
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type in association_types
	ref.path == "resource_arn"
}
