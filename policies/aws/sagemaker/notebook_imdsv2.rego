# METADATA
# title: SageMaker notebook requires IMDSv2
# description: |
#   With IMDSv1, code running in the notebook, or a server-side request
#   forgery through it, reads the execution role's credentials from the
#   instance metadata service. The minimum version defaults to "1" (v1 and
#   v2 accepted).
# custom:
#   id: AWS-SM-004
#   severity: medium
#   resource_types: [aws_sagemaker_notebook_instance]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   remediation:
#     terraform: >-
#       Add `instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }`.
#   fix:
#     terraform: {set: {instance_metadata_service_configuration.minimum_instance_metadata_service_version: "2"}, create: true}
#   since: 0.1.0
package posture.aws.sagemaker.notebook_imdsv2

import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	path := ["instance_metadata_service_configuration", 0, "minimum_instance_metadata_service_version"]
	sprintf("%v", [object.get(input.resource, path, "1")]) != "2"
	msg := sprintf("SageMaker notebook instance %s accepts IMDSv1: %s.", [
		terraform.label, terraform.found(path, "the default is \"1\", IMDSv1 and IMDSv2"),
	])
}
