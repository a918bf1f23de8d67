resource "google_bigquery_dataset" "inline" {
  dataset_id = "prompts"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # want: GCP-BQ-001 col 21
  }
}

resource "google_bigquery_dataset_access" "public" {
  dataset_id = "training"
  role       = "READER"
  iam_member = "allUsers" # want: GCP-BQ-001 col 16
}

resource "google_bigquery_dataset_iam_member" "viewer" {
  dataset_id = "training"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # want: GCP-BQ-001 col 16
}

resource "google_bigquery_table_iam_binding" "table" {
  dataset_id = "training"
  table_id   = "labels"
  role       = "roles/bigquery.dataViewer"
  members    = ["allAuthenticatedUsers"] # want: GCP-BQ-001 col 17
}
