resource "google_storage_bucket" "default" { # want: GCP-GCS-001 col 1
  name                        = "training-data"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "fine_grained" {
  name                        = "model-artifacts"
  location                    = "EU"
  uniform_bucket_level_access = true # want: GCP-GCS-001 col 33
}
