resource "google_bigquery_dataset" "team" {
  dataset_id = "prompts"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role           = "READER"
    group_by_email = "ml@example.com"
  }
}

resource "google_bigquery_dataset_iam_member" "viewer" {
  dataset_id = "training"
  role       = "roles/bigquery.dataViewer"
  member     = "group:ml@example.com"
}
