resource "google_artifact_registry_repository_iam_member" "public_read" {
  location   = "europe-west4"
  repository = "models"
  role       = "roles/artifactregistry.reader"
  member     = "allUsers" # want: GCP-AR-001 col 16
}

resource "google_artifact_registry_repository_iam_binding" "public_write" {
  location   = "europe-west4"
  repository = "images"
  role       = "roles/artifactregistry.writer"
  members    = ["allAuthenticatedUsers"] # want: GCP-AR-001 col 17
}
