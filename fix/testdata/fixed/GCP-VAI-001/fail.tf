resource "google_workbench_instance" "default" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup { # want: GCP-VAI-001 col 3
    machine_type      = "n1-standard-4"
    disable_public_ip = true
  }
}

resource "google_workbench_instance" "public" {
  name     = "research-2"
  location = "europe-west4-a"

  gce_setup {
    machine_type      = "n1-standard-4"
    disable_public_ip = true # want: GCP-VAI-001 col 25
  }
}

resource "google_notebooks_instance" "legacy" { # want: GCP-VAI-001 col 1
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"
  no_public_ip = true
}
