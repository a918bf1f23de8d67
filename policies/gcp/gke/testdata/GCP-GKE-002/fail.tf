resource "google_container_cluster" "open" { # want: GCP-GKE-002 col 1
  name     = "ml"
  location = "europe-west4"
}

resource "google_container_cluster" "world" {
  name     = "ml-2"
  location = "europe-west4"

  master_authorized_networks_config {
    gcp_public_cidrs_access_enabled = true # want: GCP-GKE-002 col 39

    cidr_blocks {
      cidr_block   = "0.0.0.0/0" # want: GCP-GKE-002 col 22
      display_name = "anywhere"
    }
  }
}
