variable "uniform" {}

resource "google_storage_bucket" "uniform" {
  name                        = "training-data"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "unknown" {
  name                        = "model-artifacts"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform
}
