# METADATA
# title: SageMaker notebook root access disabled
# description: |
#   Root access lets notebook users tamper with the instance, its lifecycle
#   configuration and the credentials of its execution role. root_access
#   defaults to "Enabled".
# custom:
#   id: AWS-SM-002
#   severity: high
#   resource_types: [aws_sagemaker_notebook_instance]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#     aws-fsbp: [SageMaker.3]
#   remediation:
#     terraform: >-
#       Set `root_access = "Disabled"`.
#   fix:
#     terraform: {set: {root_access: "Disabled"}}
#   since: 0.1.0
package posture.aws.sagemaker.notebook_root_access

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["root_access"]} if {
	value := object.get(input.resource, "root_access", "Enabled")
	not lib.eq_ci(value, "Disabled")
	msg := sprintf("SageMaker notebook instance %s gives its users root access: %s.", [
		terraform.label, terraform.found(["root_access"], "the default is \"Enabled\""),
	])
}
