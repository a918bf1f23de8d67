variable "key" {}

resource "google_artifact_registry_repository" "images" {
  location      = "europe-west4"
  repository_id = "images"
  format        = "DOCKER"
  kms_key_name  = "projects/ml/locations/europe-west4/keyRings/registry/cryptoKeys/images"
}

resource "google_artifact_registry_repository" "models" {
  location      = "europe-west4"
  repository_id = "models"
  format        = "DOCKER"
  kms_key_name  = var.key
}
