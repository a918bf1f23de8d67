# METADATA
# title: ECR repository policies do not grant access to everyone
# description: |
#   A repository policy that allows Principal "*" without a condition on the
#   caller's account or organisation lets any AWS account pull the images,
#   and with them model weights and embedded configuration; granting push
#   (ecr:PutImage, ecr:*) lets anyone replace them, which is critical.
# custom:
#   id: AWS-ECR-004
#   severity: high
#   resource_types: [aws_ecr_repository_policy]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   remediation:
#     terraform: >-
#       Name the accounts in `Principal`, or add a `Condition` on `aws:PrincipalOrgID` or
#       `aws:PrincipalAccount`.
#   fix:
#     none: who may pull the images is a decision, not a default
#   since: 0.2.0
package posture.aws.ecr.public_policy

import data.posture.lib.aws
import data.posture.lib.terraform

write_actions := ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:BatchDeleteImage", "ecr:SetRepositoryPolicy"]

deny contains finding if {
	some s in aws.statements
	aws.allow(s)
	aws.public_principal(s.principal)
	not aws.restricted(s)
	finding := object.union(
		{
			"path": aws.field_path(s, "Condition"),
			"msg": sprintf("%s makes the repository public: %s allows Principal %s to %s without a condition restricting the caller.", [
				terraform.label, aws.statement_label(s), json.marshal(s.principal), json.marshal(array.concat(s.actions, s.not_actions)),
			]),
		},
		severity(s),
	)
}

severity(s) := {"severity": "critical"} if {
	some a in write_actions
	aws.grants(s, a)
} else := {}
