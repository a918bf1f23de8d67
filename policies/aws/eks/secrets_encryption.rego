# METADATA
# title: EKS secrets envelope-encrypted with a customer-managed key
# description: |
#   Kubernetes secrets hold model API keys and tokens. Envelope encryption
#   with a customer-managed KMS key (encryption_config with resources
#   ["secrets"]) puts them under a key the account controls, audits and can
#   revoke, beyond the default encryption of the etcd volumes.
# custom:
#   id: AWS-EKS-002
#   severity: medium
#   resource_types: [aws_eks_cluster]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#     aws-fsbp: [EKS.3]
#   remediation:
#     terraform: >-
#       Add `encryption_config { resources = ["secrets"]; provider { key_arn = aws_kms_key.eks.arn } }`.
#   since: 0.1.0
package posture.aws.eks.secrets_encryption

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["encryption_config"]} if {
	count(object.get(input.resource, "encryption_config", [])) == 0
	msg := sprintf("EKS cluster %s does not envelope-encrypt secrets with a customer-managed key: encryption_config is not set.", [terraform.label])
}

deny contains {"msg": msg, "path": ["encryption_config", i, "resources"]} if {
	some i, c in input.resource.encryption_config
	not "secrets" in object.get(c, "resources", [])
	msg := sprintf("EKS cluster %s does not envelope-encrypt secrets with a customer-managed key: %s.", [
		terraform.label, terraform.found(["encryption_config", i, "resources"], "no resource types"),
	])
}
