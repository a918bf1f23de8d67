variable "private_endpoint" {}

resource "google_container_cluster" "private" {
  name     = "ml"
  location = "europe-west4"

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
  }
}

resource "google_container_cluster" "restricted" {
  name     = "ml-2"
  location = "europe-west4"

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "203.0.113.0/24"
      display_name = "office"
    }
  }
}

resource "google_container_cluster" "dns_only" {
  name     = "ml-3"
  location = "europe-west4"

  control_plane_endpoints_config {
    ip_endpoints_config {
      enabled = false
    }
  }
}

resource "google_container_cluster" "unknown" {
  name     = "ml-4"
  location = "europe-west4"

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = var.private_endpoint
  }
}
