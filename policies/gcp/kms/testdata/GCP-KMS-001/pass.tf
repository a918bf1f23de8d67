variable "period" {}

resource "google_kms_crypto_key" "quarterly" {
  name            = "training-data"
  key_ring        = "projects/ml/locations/europe/keyRings/data"
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "unknown" {
  name            = "features"
  key_ring        = "projects/ml/locations/europe/keyRings/data"
  rotation_period = var.period
}

# Asymmetric keys cannot rotate automatically.
resource "google_kms_crypto_key" "signing" {
  name     = "model-signing"
  key_ring = "projects/ml/locations/europe/keyRings/data"
  purpose  = "ASYMMETRIC_SIGN"
  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

# Key material held in an external key manager is rotated there.
resource "google_kms_crypto_key" "ekm" {
  name     = "ekm"
  key_ring = "projects/ml/locations/europe/keyRings/data"
  version_template {
    algorithm        = "EXTERNAL_SYMMETRIC_ENCRYPTION"
    protection_level = "EXTERNAL"
  }
}
