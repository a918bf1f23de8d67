resource "google_service_account" "pipeline" {
  account_id = "pipeline"
}

resource "google_service_account_iam_member" "wif" {
  service_account_id = google_service_account.pipeline.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/attribute.repository/org/repo"
}
