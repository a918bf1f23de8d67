resource "google_kms_crypto_key_iam_member" "public" {
  crypto_key_id = "projects/ml/locations/europe/keyRings/data/cryptoKeys/training-data"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers" # want: GCP-KMS-002 col 19
}

resource "google_kms_key_ring_iam_binding" "ring" {
  key_ring_id = "projects/ml/locations/europe/keyRings/data"
  role        = "roles/cloudkms.cryptoKeyEncrypter"
  members     = ["allAuthenticatedUsers"] # want: GCP-KMS-002 col 18
}
