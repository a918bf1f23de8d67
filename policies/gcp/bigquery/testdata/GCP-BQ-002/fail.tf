resource "google_bigquery_dataset" "training" { # want: GCP-BQ-002 col 1
  dataset_id = "training"
  location   = "EU"
}
