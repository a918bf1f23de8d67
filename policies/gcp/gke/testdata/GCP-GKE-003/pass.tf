variable "pool" {}

resource "google_container_cluster" "wi" {
  name     = "ml"
  location = "europe-west4"

  workload_identity_config {
    workload_pool = "my-project.svc.id.goog"
  }
}

resource "google_container_node_pool" "gpu" {
  name    = "gpu"
  cluster = google_container_cluster.wi.id

  node_config {
    machine_type = "g2-standard-8"
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "ml-2"
  location         = "europe-west4"
  enable_autopilot = true
}

resource "google_container_cluster" "unknown" {
  name     = "ml-3"
  location = "europe-west4"

  workload_identity_config {
    workload_pool = var.pool
  }
}
