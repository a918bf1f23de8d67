resource "google_container_cluster" "default" { # want: GCP-GKE-005 col 1
  name     = "ml"
  location = "europe-west4"
}

resource "google_container_cluster" "off" {
  name     = "ml-2"
  location = "europe-west4"

  network_policy {
    enabled = false # want: GCP-GKE-005 col 15
  }
}
