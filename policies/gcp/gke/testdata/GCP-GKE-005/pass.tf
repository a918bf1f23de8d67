variable "datapath" {}

resource "google_container_cluster" "calico" {
  name     = "ml"
  location = "europe-west4"

  network_policy {
    enabled  = true
    provider = "CALICO"
  }
}

resource "google_container_cluster" "dataplane_v2" {
  name              = "ml-2"
  location          = "europe-west4"
  datapath_provider = "ADVANCED_DATAPATH"
}

resource "google_container_cluster" "autopilot" {
  name             = "ml-3"
  location         = "europe-west4"
  enable_autopilot = true
}

resource "google_container_cluster" "unknown" {
  name              = "ml-4"
  location          = "europe-west4"
  datapath_provider = var.datapath
}
