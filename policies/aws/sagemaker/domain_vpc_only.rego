# METADATA
# title: SageMaker Studio domain is VPC-only
# description: |
#   With app_network_access_type "PublicInternetOnly", the default, every
#   Studio app gets direct internet egress that bypasses the VPC's security
#   groups, endpoints and egress controls.
# custom:
#   id: AWS-SM-005
#   severity: high
#   resource_types: [aws_sagemaker_domain]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `app_network_access_type = "VpcOnly"` with `vpc_id` and `subnet_ids`, and give the VPC the endpoints (or NAT) the apps need.
#   since: 0.1.0
package posture.aws.sagemaker.domain_vpc_only

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["app_network_access_type"]} if {
	value := object.get(input.resource, "app_network_access_type", "PublicInternetOnly")
	not lib.eq_ci(value, "VpcOnly")
	msg := sprintf("SageMaker Studio domain %s gives its apps direct internet access: %s.", [
		terraform.label, terraform.found(["app_network_access_type"], "the default is \"PublicInternetOnly\""),
	])
}
