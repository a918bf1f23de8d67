resource "google_artifact_registry_repository" "images" { # want: GCP-AR-002 col 1
  location      = "europe-west4"
  repository_id = "images"
  format        = "DOCKER"
}
