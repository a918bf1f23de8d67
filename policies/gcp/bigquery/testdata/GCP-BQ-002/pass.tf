resource "google_bigquery_dataset" "training" {
  dataset_id = "training"
  location   = "EU"
  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.bq.id
  }
}

resource "google_kms_crypto_key" "bq" {
  name            = "bigquery"
  key_ring        = "projects/ml/locations/europe/keyRings/data"
  rotation_period = "7776000s"
}
