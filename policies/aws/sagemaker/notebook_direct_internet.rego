# METADATA
# title: SageMaker notebook direct internet access disabled
# description: |
#   A notebook instance with direct internet access can exfiltrate data and
#   pull untrusted packages around the VPC's controls. The provider and the
#   service default direct_internet_access to "Enabled": it must be set to
#   "Disabled" (with a subnet_id) explicitly.
# custom:
#   id: AWS-SM-001
#   severity: high
#   resource_types: [aws_sagemaker_notebook_instance]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [SageMaker.1]
#   remediation:
#     terraform: >-
#       Set `direct_internet_access = "Disabled"` and place the notebook in a VPC with `subnet_id` and `security_groups`; give it egress through a NAT gateway or VPC endpoints.
#   since: 0.1.0
package posture.aws.sagemaker.notebook_direct_internet

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["direct_internet_access"]} if {
	value := object.get(input.resource, "direct_internet_access", "Enabled")
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("SageMaker notebook instance %s has direct internet access: %s.", [
		terraform.label, terraform.found(["direct_internet_access"], "the default is \"Enabled\""),
	])
}
