variable "sa" {}

resource "google_container_cluster" "dedicated" {
  name                     = "ml"
  location                 = "europe-west4"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "gpu" {
  name    = "gpu"
  cluster = google_container_cluster.dedicated.id

  node_config {
    machine_type    = "g2-standard-8"
    service_account = "gke-nodes@my-project.iam.gserviceaccount.com"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "ml-2"
  location         = "europe-west4"
  enable_autopilot = true

  cluster_autoscaling {
    auto_provisioning_defaults {
      service_account = var.sa
    }
  }
}
