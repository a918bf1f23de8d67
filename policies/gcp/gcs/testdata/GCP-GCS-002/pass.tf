resource "google_storage_bucket" "enforced" {
  name                     = "training-data"
  location                 = "EU"
  public_access_prevention = "enforced"
}
