resource "google_workbench_instance" "default" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup { # want: GCP-VAI-004 col 3
    machine_type = "n1-standard-4"
  }
}

resource "google_workbench_instance" "no_vtpm" {
  name     = "research-2"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"

    shielded_instance_config {
      enable_secure_boot = true
      enable_vtpm        = false # want: GCP-VAI-004 col 28
    }
  }
}

resource "google_notebooks_instance" "legacy" { # want: GCP-VAI-004 col 1
  name         = "legacy"
  location     = "europe-west4-a"
  machine_type = "n1-standard-4"
}
