resource "google_workbench_instance" "default" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup { # want: GCP-VAI-003 col 3, GCP-VAI-003 col 3
    machine_type = "n1-standard-4"
  }
}

resource "google_workbench_instance" "gmek" {
  name     = "research-2"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"

    boot_disk {
      disk_encryption = "GMEK" # want: GCP-VAI-003 col 25
    }

    data_disks { # want: GCP-VAI-003 col 5
      disk_encryption = "CMEK"
    }
  }
}

resource "google_notebooks_instance" "legacy" { # want: GCP-VAI-003 col 1
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"
}
