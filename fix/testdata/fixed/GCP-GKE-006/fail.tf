resource "google_container_cluster" "unshielded" {
  name                  = "ml"
  location              = "europe-west4"
  enable_shielded_nodes = true # want: GCP-GKE-006 col 27
}
