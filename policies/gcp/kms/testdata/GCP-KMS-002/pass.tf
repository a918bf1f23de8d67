resource "google_kms_crypto_key_iam_member" "bigquery" {
  crypto_key_id = "projects/ml/locations/europe/keyRings/data/cryptoKeys/training-data"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:bq-123456789012@bigquery-encryption.iam.gserviceaccount.com"
}
