# METADATA
# title: Application Load Balancers drop invalid HTTP headers
# description: |
#   Headers with invalid characters that the load balancer passes on can be
#   read differently by the target: the basis of HTTP request smuggling and
#   desync attacks against the application behind it.
#   drop_invalid_header_fields defaults to false.
# custom:
#   id: AWS-ELB-003
#   severity: medium
#   resource_types: [aws_lb, aws_alb]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: ["~NS-6"]
#     aws-fsbp: [ELB.4]
#   defender: >-
#     Application load balancers should be configured to drop HTTP headers
#   remediation:
#     terraform: >-
#       Set `drop_invalid_header_fields = true`.
#   fix:
#     terraform:
#       set: {drop_invalid_header_fields: true}
#   since: 0.2.0
package posture.aws.elb.drop_invalid_headers

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["drop_invalid_header_fields"]} if {
	lib.known("load_balancer_type")
	object.get(input.resource, "load_balancer_type", "application") == "application"
	object.get(input.resource, "drop_invalid_header_fields", false) != true
	msg := sprintf("%s forwards requests with invalid header fields: %s.", [
		terraform.label, terraform.found(["drop_invalid_header_fields"], "the default is false"),
	])
}
