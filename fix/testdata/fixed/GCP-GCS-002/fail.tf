resource "google_storage_bucket" "inherited" {
  name                     = "eval-sets"
  location                 = "EU"
  public_access_prevention = "enforced" # want: GCP-GCS-002 col 30
}

resource "google_storage_bucket" "absent" { # want: GCP-GCS-002 col 1
  name                     = "model-artifacts"
  location                 = "EU"
  public_access_prevention = "enforced"
}
