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
