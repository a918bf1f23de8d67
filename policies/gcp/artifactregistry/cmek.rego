# METADATA
# title: Artifact Registry repository encrypted with a customer-managed key
# description: |
#   Repositories hold the model-serving images and, often, model weights
#   and packages. A Cloud KMS key gives the organisation control over
#   rotation and revocation; without kms_key_name Google-managed keys are
#   used, and the key cannot be added after creation.
# custom:
#   id: GCP-AR-002
#   severity: medium
#   resource_types: [google_artifact_registry_repository]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Set `kms_key_name = google_kms_crypto_key.registry.id` on the repository (and grant the Artifact Registry service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key); the repository must be recreated.
#   fix:
#     none: a Cloud KMS key has to exist, and the repository be recreated with it
#   since: 0.2.0
package posture.gcp.artifactregistry.cmek

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["kms_key_name"]} if {
	object.get(input.resource, "kms_key_name", "") == ""
	msg := sprintf("Artifact Registry repository %s is not encrypted with a customer-managed key: %s.", [
		terraform.label, terraform.found(["kms_key_name"], "Google-managed keys are used"),
	])
}
