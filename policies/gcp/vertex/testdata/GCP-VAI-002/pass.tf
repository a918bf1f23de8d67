variable "metadata" {}

resource "google_workbench_instance" "no_root" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"
    metadata = {
      "notebook-disable-root" = "true"
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"
  metadata     = var.metadata
}
