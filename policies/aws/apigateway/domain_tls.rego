# METADATA
# title: API Gateway custom domains require TLS 1.2
# description: |
#   The TLS_1_0 security policy accepts TLS 1.0 and 1.1, protocol versions
#   with known weaknesses that compliance standards no longer allow for data
#   in transit. TLS_1_2 rejects them. The policy is reported only when it is
#   written: the provider documents no default (the service chooses).
# custom:
#   id: AWS-APIGW-005
#   severity: medium
#   resource_types: [aws_api_gateway_domain_name]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set `security_policy = "TLS_1_2"`.
#   fix:
#     terraform:
#       set: {security_policy: TLS_1_2}
#   since: 0.2.0
package posture.aws.apigateway.domain_tls

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["security_policy"]} if {
	input.resource.security_policy == "TLS_1_0"
	msg := sprintf("%s accepts TLS 1.0 and 1.1: %s.", [terraform.label, terraform.found(["security_policy"], "")])
}
