resource "google_bigquery_dataset" "training" {
  dataset_id = "training"
  location   = "EU"
  default_encryption_configuration {
    kms_key_name = "projects/ml/locations/europe/keyRings/data/cryptoKeys/bq"
  }
}

# The dataset's default key covers the table.
resource "google_bigquery_table" "labels" {
  dataset_id = google_bigquery_dataset.training.dataset_id
  table_id   = "labels"
}

resource "google_bigquery_table" "own_key" {
  dataset_id = "prompts"
  table_id   = "logs"
  encryption_configuration {
    kms_key_name = "projects/ml/locations/europe/keyRings/data/cryptoKeys/bq"
  }
}

# The dataset is not in the scan: not evaluated unless the scan is complete.
resource "google_bigquery_table" "elsewhere" {
  dataset_id = "shared_features"
  table_id   = "embeddings"
}

resource "google_bigquery_dataset" "plain" {
  dataset_id = "plain"
}

# A view stores no rows.
resource "google_bigquery_table" "view" {
  dataset_id = google_bigquery_dataset.plain.dataset_id
  table_id   = "recent"
  view {
    query          = "SELECT * FROM plain.events WHERE day > CURRENT_DATE() - 7"
    use_legacy_sql = false
  }
}

# An external table keeps its rows in Cloud Storage.
resource "google_bigquery_table" "external" {
  dataset_id = google_bigquery_dataset.plain.dataset_id
  table_id   = "documents"
  external_data_configuration {
    autodetect    = true
    source_format = "PARQUET"
    source_uris   = ["gs://ml-docs/*.parquet"]
  }
}
