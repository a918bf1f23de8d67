variable "invoker" {}

resource "google_cloud_run_v2_service_iam_member" "gateway" {
  location = "europe-west4"
  name     = "chat-api"
  role     = "roles/run.invoker"
  member   = "serviceAccount:gateway@ml.iam.gserviceaccount.com"
}

resource "google_cloud_run_service_iam_member" "unknown" {
  location = "europe-west4"
  service  = "chat-api"
  role     = "roles/run.invoker"
  member   = var.invoker
}
