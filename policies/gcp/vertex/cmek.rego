# METADATA
# title: Vertex AI resources use CMEK
# description: |
#   Datasets, feature stores, metadata stores, TensorBoards and endpoints
#   store training data, features and lineage. They are encrypted with
#   Google-managed keys unless encryption_spec names a Cloud KMS key.
# custom:
#   id: GCP-VAI-007
#   severity: medium
#   resource_types: [google_vertex_ai_endpoint, google_vertex_ai_dataset, google_vertex_ai_featurestore, google_vertex_ai_tensorboard, google_vertex_ai_metadata_store]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#   remediation:
#     terraform: >-
#       Add `encryption_spec { kms_key_name = google_kms_crypto_key.vertex.id }` (the key must be in the resource's region).
#   since: 0.1.0
package posture.gcp.vertex.cmek

import data.posture.lib.terraform

path := ["encryption_spec", 0, "kms_key_name"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, "") == ""
	msg := sprintf("%s is not encrypted with a customer-managed key: %s.", [
		terraform.label, terraform.found(path, "Google-managed keys are used"),
	])
}
