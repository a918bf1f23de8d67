resource "google_container_cluster" "public" { # want: GCP-GKE-001 col 1
  name     = "ml"
  location = "europe-west4"
}

resource "google_container_cluster" "explicit" {
  name     = "ml-2"
  location = "europe-west4"

  private_cluster_config {
    enable_private_nodes    = false # want: GCP-GKE-001 col 31
    enable_private_endpoint = false
  }
}
