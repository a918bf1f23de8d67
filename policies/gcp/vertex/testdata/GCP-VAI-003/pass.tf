variable "key" {}

resource "google_workbench_instance" "cmek" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"

    boot_disk {
      disk_encryption = "CMEK"
      kms_key         = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k"
    }

    data_disks {
      disk_encryption = "CMEK"
      kms_key         = var.key
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name            = "legacy"
  location        = "europe-west4-a"
  machine_type    = "n1-standard-4"
  disk_encryption = "CMEK"
  kms_key         = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k"
}
