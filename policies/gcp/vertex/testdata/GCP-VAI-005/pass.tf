variable "sa" {}

resource "google_workbench_instance" "dedicated" {
  name     = "research"
  location = "europe-west4-a"

  gce_setup {
    machine_type = "n1-standard-4"

    service_accounts {
      email = "notebook@my-project.iam.gserviceaccount.com"
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name            = "legacy"
  location        = "europe-west4-a"
  machine_type    = "n1-standard-4"
  service_account = var.sa
}
