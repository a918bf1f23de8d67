variable "no_public_ip" {}

resource "google_workbench_instance" "private" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup {
    machine_type      = "n1-standard-4"
    disable_public_ip = true
  }
}

resource "google_notebooks_instance" "legacy" {
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"
  no_public_ip = var.no_public_ip
}
