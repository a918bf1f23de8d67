variable "hf_token" {}

resource "google_cloud_run_v2_service" "chat" {
  name     = "chat-api"
  location = "europe-west4"
  template {
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/chat:1.4.2"
      env {
        name = "OPENAI_API_KEY"
        value_source {
          secret_key_ref {
            secret  = "openai-api-key"
            version = "latest"
          }
        }
      }
      env {
        name  = "OPENAI_API_KEY_SECRET"
        value = "projects/ml/secrets/openai-api-key/versions/latest"
      }
      env {
        name  = "HF_TOKEN"
        value = var.hf_token
      }
      env {
        name  = "MAX_TOKENS"
        value = "4096"
      }
    }
  }
}
