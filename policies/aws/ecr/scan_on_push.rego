# METADATA
# title: ECR repositories scan images on push
# description: |
#   Model-serving and agent images carry an OS, a Python stack and CUDA
#   libraries: scanning on push finds their known vulnerabilities before the
#   image is deployed. scan_on_push defaults to false. A registry-level
#   aws_ecr_registry_scanning_configuration in the scan configures scanning
#   for every repository, and then the repository setting is not reported.
# custom:
#   id: AWS-ECR-001
#   severity: medium
#   resource_types: [aws_ecr_repository]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-5]
#     aws-fsbp: [ECR.1]
#   remediation:
#     terraform: >-
#       Set `image_scanning_configuration { scan_on_push = true }`, or configure registry-wide scanning with
#       `aws_ecr_registry_scanning_configuration` (enhanced scanning with Amazon Inspector).
#   fix:
#     terraform:
#       set: {image_scanning_configuration.scan_on_push: true}
#       create: true
#   since: 0.2.0
package posture.aws.ecr.scan_on_push

import data.posture.lib
import data.posture.lib.terraform

path := ["image_scanning_configuration", 0, "scan_on_push"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	not lib.in_scan("aws_ecr_registry_scanning_configuration")
	msg := sprintf("%s does not scan images for vulnerabilities on push: %s.", [
		terraform.label, terraform.found(path, "the default is false"),
	])
}
