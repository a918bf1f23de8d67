resource "google_kms_crypto_key" "never" { # want: GCP-KMS-001 col 1
  name            = "training-data"
  key_ring        = "projects/ml/locations/europe/keyRings/data"
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "yearly" {
  name            = "models"
  key_ring        = "projects/ml/locations/europe/keyRings/data"
  rotation_period = "7776000s" # want: GCP-KMS-001 col 21
}
