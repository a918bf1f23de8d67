resource "google_workbench_instance" "default" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup { # want: GCP-VAI-002 col 3
    machine_type = "n1-standard-4"
  }
}

resource "google_workbench_instance" "explicit" {
  name     = "research-2"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"
    metadata = {
      "notebook-disable-root" = "false" # want: GCP-VAI-002 col 33
    }
  }
}

resource "google_notebooks_instance" "legacy" { # want: GCP-VAI-002 col 1
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"
}
