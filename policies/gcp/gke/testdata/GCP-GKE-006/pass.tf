variable "shielded" {}

resource "google_container_cluster" "default" {
  name     = "ml"
  location = "europe-west4"
}

resource "google_container_cluster" "unknown" {
  name                  = "ml-2"
  location              = "europe-west4"
  enable_shielded_nodes = var.shielded
}
