# METADATA
# title: Pub/Sub topic encrypted with a customer-managed key
# description: |
#   Topics buffer the documents, prompts and events a data pipeline moves,
#   for up to the retention period. A Cloud KMS key gives the organisation
#   control over rotation and revocation; without kms_key_name
#   Google-managed keys are used.
# custom:
#   id: GCP-PS-002
#   severity: medium
#   resource_types: [google_pubsub_topic]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Set `kms_key_name = google_kms_crypto_key.pubsub.id` on the topic (and grant the Pub/Sub service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key).
#   fix:
#     none: a Cloud KMS key has to exist and the Pub/Sub service agent be allowed to use it
#   since: 0.2.0
package posture.gcp.pubsub.cmek

import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["kms_key_name"]} if {
	object.get(input.resource, "kms_key_name", "") == ""
	msg := sprintf("Pub/Sub topic %s is not encrypted with a customer-managed key: %s.", [
		terraform.label, terraform.found(["kms_key_name"], "Google-managed keys are used"),
	])
}
