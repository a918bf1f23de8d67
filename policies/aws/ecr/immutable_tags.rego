# METADATA
# title: ECR repositories use immutable tags
# description: |
#   With mutable tags anyone allowed to push can replace the image behind a
#   tag a deployment pulls (model-server:1.4), swapping in a backdoored
#   model server without changing a single manifest. image_tag_mutability
#   defaults to "MUTABLE".
# custom:
#   id: AWS-ECR-002
#   severity: medium
#   resource_types: [aws_ecr_repository]
#   formats: [terraform]
#   control: Remediate security configurations
#   compliance:
#     mcsb: ["~DS-6"]
#     aws-fsbp: [ECR.2]
#   remediation:
#     terraform: >-
#       Set `image_tag_mutability = "IMMUTABLE"` (or `"IMMUTABLE_WITH_EXCLUSION"` with exclusion filters for
#       tags such as `latest`).
#   fix:
#     terraform:
#       set: {image_tag_mutability: IMMUTABLE}
#   since: 0.2.0
package posture.aws.ecr.immutable_tags

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["image_tag_mutability"]} if {
	object.get(input.resource, "image_tag_mutability", "MUTABLE") in {"MUTABLE", "MUTABLE_WITH_EXCLUSION"}
	msg := sprintf("%s lets a push overwrite an existing tag: %s.", [
		terraform.label, terraform.found(["image_tag_mutability"], "the default is \"MUTABLE\""),
	])
}
