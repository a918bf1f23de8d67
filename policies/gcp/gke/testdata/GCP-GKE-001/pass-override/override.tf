# Overrides merge attribute by attribute: the private nodes of main.tf stay.
resource "google_container_cluster" "ml" {
  min_master_version = "1.30"
}
