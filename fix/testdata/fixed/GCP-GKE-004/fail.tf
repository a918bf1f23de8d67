resource "google_container_cluster" "abac" {
  name               = "ml"
  location           = "europe-west4"
  enable_legacy_abac = false # want: GCP-GKE-004 col 24
}
