# METADATA
# title: BigQuery table encrypted with a customer-managed key
# description: |
#   A table holds the rows themselves: training examples, features,
#   embeddings, prompt logs (views, materialized views and external tables
#   are not checked). It is encrypted with a Cloud KMS key when it
#   names one or when its dataset has a default key; otherwise
#   Google-managed keys are used and the organisation cannot revoke access
#   to the data through the key. When the dataset is not among the scanned
#   files the check is left for review (--show-unknown), unless the scan is
#   declared complete.
# custom:
#   id: GCP-BQ-003
#   severity: medium
#   resource_types: [google_bigquery_table]
#   formats: [terraform]
#   control: Enable encryption at rest
#   compliance:
#     mcsb: [DP-5]
#     cis-gcp: ["7.2"]
#   remediation:
#     terraform: >-
#       Add `encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }` to the table, or `default_encryption_configuration { kms_key_name = ... }` to its dataset (for tables created after it).
#   fix:
#     none: a Cloud KMS key has to exist and the BigQuery service agent be allowed to use it
#   since: 0.2.0
package posture.gcp.bigquery.table_cmek

import data.posture.lib
import data.posture.lib.terraform

key_path := ["encryption_configuration", 0, "kms_key_name"]

own_key if object.get(input.resource, key_path, "") != ""

# Logical views store no rows; external (BigLake, object) tables keep
# theirs in Cloud Storage, whose own encryption decides; materialized views
# are encrypted as BigQuery derives them from their base tables (not
# settable on the view as far as the provider goes): none is judged.
not_stored_here := ["view", "materialized_view", "external_data_configuration"]

stores_rows if {
	every block in not_stored_here {
		count(object.get(input.resource, block, [])) == 0
		lib.known(block)
	}
}

# The datasets of the scan the table belongs to: the one its dataset_id
# references, else those declared beside it (same directory: a scan of many
# configurations holds many projects) whose dataset_id equals the table's
# literal one (and project, when both name one).
datasets contains d if {
	some ref in input.refs
	ref.path == "dataset_id"
	d := data.posture.resources[ref.target]
	d.type == "google_bigquery_dataset"
}

datasets contains d if {
	not referenced
	id := input.resource.dataset_id
	is_string(id)
	some d in object.get(data.posture.by_type, "google_bigquery_dataset", {})
	d.resource.dataset_id == id
	same_stack(d)
	same_project(d)
}

referenced if {
	some ref in input.refs
	ref.path == "dataset_id"
}

same_stack(d) if _dir(d.file) == _dir(input.file)

_dir(f) := concat("/", array.slice(parts, 0, count(parts) - 1)) if parts := split(f, "/")

same_project(d) if not input.resource.project

same_project(d) if not d.resource.project

same_project(d) if d.resource.project == input.resource.project

dataset_key(d) if object.get(d.resource, ["default_encryption_configuration", 0, "kms_key_name"], "") != ""

dataset_key_known(d) if not lib.unknown_under(d, "default_encryption_configuration")

# The dataset is in the scan and has no default key either.
deny contains {"msg": msg, "path": key_path} if {
	stores_rows
	not own_key
	count(datasets) > 0
	every d in datasets {
		not dataset_key(d)
		dataset_key_known(d)
	}
	some d in datasets
	msg := sprintf("BigQuery table %s is not encrypted with a customer-managed key: %s, and its dataset %s has no default key (Google-managed keys are used).", [
		terraform.label, terraform.found(key_path, "no key of its own"), d.address,
	])
}

# The dataset is not in the scan: it may have a default key.
deny contains {"msg": msg, "path": key_path, "status": lib.graph_status} if {
	stores_rows
	not own_key
	count(datasets) == 0
	lib.known("dataset_id")
	msg := sprintf("BigQuery table %s is not encrypted with a customer-managed key: %s, and its dataset is not among the scanned files (its default key decides).", [
		terraform.label, terraform.found(key_path, "no key of its own"),
	])
}
