resource "google_service_account" "pipeline" {
  account_id = "pipeline"
}

resource "google_service_account_key" "pipeline" { # want: GCP-IAM-001 col 1
  service_account_id = google_service_account.pipeline.name
}
