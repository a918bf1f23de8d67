variable "secure_boot" {}

resource "google_workbench_instance" "shielded" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"

    shielded_instance_config {
      enable_secure_boot = true
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"

  shielded_instance_config {
    enable_secure_boot          = var.secure_boot
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }
}
