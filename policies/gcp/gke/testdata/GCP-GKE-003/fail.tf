resource "google_container_cluster" "no_wi" { # want: GCP-GKE-003 col 1
  name     = "ml"
  location = "europe-west4"
}

resource "google_container_node_pool" "inherits" {
  name    = "gpu"
  cluster = google_container_cluster.no_wi.id

  node_config { # want: GCP-GKE-003 col 3
    machine_type = "g2-standard-8"
  }
}

resource "google_container_cluster" "wi" {
  name     = "ml-2"
  location = "europe-west4"

  workload_identity_config {
    workload_pool = "my-project.svc.id.goog"
  }
}

resource "google_container_node_pool" "gce_metadata" {
  name    = "cpu"
  cluster = google_container_cluster.wi.id

  node_config {
    workload_metadata_config {
      mode = "GCE_METADATA" # want: GCP-GKE-003 col 14
    }
  }
}
