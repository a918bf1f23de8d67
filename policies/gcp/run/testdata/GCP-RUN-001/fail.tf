resource "google_cloud_run_service_iam_member" "public" {
  location = "europe-west4"
  service  = "chat-api"
  role     = "roles/run.invoker"
  member   = "allUsers" # want: GCP-RUN-001 col 14
}

resource "google_cloud_run_v2_service_iam_binding" "authenticated" {
  location = "europe-west4"
  name     = "chat-api"
  role     = "roles/run.invoker"
  members  = ["serviceAccount:gateway@ml.iam.gserviceaccount.com", "allAuthenticatedUsers"] # want: GCP-RUN-001 col 68
}

resource "google_cloud_run_v2_job_iam_policy" "policy" {
  location = "europe-west4"
  name     = "embed-batch"
  policy_data = jsonencode({
    bindings = [{ role = "roles/run.invoker", members = ["allUsers"] }] # want: GCP-RUN-001 col 58
  })
}
