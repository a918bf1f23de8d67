resource "google_secret_manager_secret" "auto" {
  secret_id = "openai-api-key"
  replication {
    auto {} # want: GCP-SM-002 col 5
  }
}

resource "google_secret_manager_secret" "replicas" {
  secret_id = "hf-token"
  replication {
    user_managed {
      replicas {
        location = "europe-west4"
        customer_managed_encryption {
          kms_key_name = "projects/ml/locations/europe-west4/keyRings/secrets/cryptoKeys/sm"
        }
      }
      replicas { # want: GCP-SM-002 col 7
        location = "europe-west1"
      }
    }
  }
}
