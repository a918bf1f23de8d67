# METADATA
# title: SageMaker model containers network-isolated
# description: |
#   Inference containers that can open outbound connections can exfiltrate
#   the model or pull poisoned artifacts. enable_network_isolation defaults
#   to false; a model that is neither isolated nor attached to a VPC
#   (vpc_config) also runs on the service's internet-connected network, an
#   additional low finding.
# custom:
#   id: AWS-SM-007
#   severity: medium
#   resource_types: [aws_sagemaker_model]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Set `enable_network_isolation = true`; if the container needs network access, attach it to private subnets with `vpc_config`.
#   fix:
#     terraform: {set: {enable_network_isolation: true}}
#   since: 0.1.0
package posture.aws.sagemaker.model_network_isolation

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["enable_network_isolation"]} if {
	object.get(input.resource, "enable_network_isolation", false) != true
	msg := sprintf("SageMaker model %s is not network-isolated: %s.", [
		terraform.label, terraform.found(["enable_network_isolation"], "the default is false"),
	])
}

deny contains {"msg": msg, "path": ["vpc_config"], "severity": "low"} if {
	object.get(input.resource, "enable_network_isolation", false) != true
	lib.known("enable_network_isolation")
	count(object.get(input.resource, "vpc_config", [])) == 0
	msg := sprintf("SageMaker model %s is neither network-isolated nor attached to a VPC: vpc_config is not set, so its containers use the service's internet-connected network.", [terraform.label])
}
