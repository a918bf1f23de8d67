variable "key" {}

resource "google_secret_manager_secret" "auto" {
  secret_id = "openai-api-key"
  replication {
    auto {
      customer_managed_encryption {
        kms_key_name = "projects/ml/locations/global/keyRings/secrets/cryptoKeys/sm"
      }
    }
  }
}

resource "google_secret_manager_secret" "unknown" {
  secret_id = "hf-token"
  replication {
    auto {
      customer_managed_encryption {
        kms_key_name = var.key
      }
    }
  }
}
