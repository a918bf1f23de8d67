resource "google_workbench_instance" "default" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup { # want: GCP-VAI-005 col 3
    machine_type = "n1-standard-4"
  }
}

resource "google_workbench_instance" "compute_sa" {
  name     = "research-2"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"

    service_accounts {
      email = "123456789012-compute@developer.gserviceaccount.com" # want: GCP-VAI-005 col 15
    }
  }
}

resource "google_notebooks_instance" "legacy" { # want: GCP-VAI-005 col 1
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"
}
