resource "google_bigquery_dataset" "training" {
  dataset_id = "training"
  location   = "EU"
}

resource "google_bigquery_table" "labels" { # want: GCP-BQ-003 col 1
  dataset_id = google_bigquery_dataset.training.dataset_id
  table_id   = "labels"
}

# A literal dataset_id names the dataset declared above.
resource "google_bigquery_table" "features" { # want: GCP-BQ-003 col 1
  dataset_id = "training"
  table_id   = "features"
}
