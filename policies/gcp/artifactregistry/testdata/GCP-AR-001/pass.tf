resource "google_artifact_registry_repository_iam_member" "nodes" {
  location   = "europe-west4"
  repository = "models"
  role       = "roles/artifactregistry.reader"
  member     = "serviceAccount:gke-nodes@ml.iam.gserviceaccount.com"
}
