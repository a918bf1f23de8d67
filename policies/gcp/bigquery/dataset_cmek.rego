# METADATA
# title: BigQuery dataset encrypted with a customer-managed key by default
# description: |
#   Datasets hold training data, features, embeddings and prompt logs. A
#   default Cloud KMS key makes every new table encrypted with a key the
#   organisation controls, rotates and can revoke; without it Google-managed
#   keys are used.
# custom:
#   id: GCP-BQ-002
#   severity: medium
#   resource_types: [google_bigquery_dataset]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#     cis-gcp: ["7.3"]
#   remediation:
#     terraform: >-
#       Add `default_encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }` to the dataset (and grant the BigQuery service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key).
#   fix:
#     none: a Cloud KMS key has to exist and the BigQuery service agent be allowed to use it
#   since: 0.2.0
package posture.gcp.bigquery.dataset_cmek

import data.posture.lib.terraform

path := ["default_encryption_configuration", 0, "kms_key_name"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, "") == ""
	msg := sprintf("BigQuery dataset %s has no default customer-managed key: %s.", [
		terraform.label, terraform.found(path, "Google-managed keys are used"),
	])
}
