resource "google_container_cluster" "default" { # want: GCP-GKE-007 col 1
  name     = "ml"
  location = "europe-west4"
}

resource "google_container_node_pool" "gpu" {
  name    = "gpu"
  cluster = "ml"

  node_config {
    machine_type    = "g2-standard-8"
    service_account = "123456789012-compute@developer.gserviceaccount.com" # want: GCP-GKE-007 col 23
  }
}

resource "google_container_cluster" "autopilot" { # want: GCP-GKE-007 col 1
  name             = "ml-2"
  location         = "europe-west4"
  enable_autopilot = true
}
