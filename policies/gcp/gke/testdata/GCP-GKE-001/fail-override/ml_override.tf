# A nested block in an override replaces the blocks of its type.
resource "google_container_cluster" "ml" {
  private_cluster_config {
    enable_private_nodes = false # want: GCP-GKE-001 col 28
  }
}
