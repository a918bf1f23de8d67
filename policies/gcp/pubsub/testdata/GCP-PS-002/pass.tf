resource "google_pubsub_topic" "documents" {
  name         = "documents"
  kms_key_name = "projects/ml/locations/europe-west4/keyRings/data/cryptoKeys/pubsub"
}
