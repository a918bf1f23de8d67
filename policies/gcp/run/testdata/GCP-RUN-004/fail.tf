resource "google_cloud_run_v2_service" "chat" {
  name     = "chat-api"
  location = "europe-west4"
  template {
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/chat:1.4.2"
      env {
        name  = "MODEL"
        value = "gpt-4o"
      }
      env {
        name  = "OPENAI_API_KEY"
        value = "sk-proj-3f9a0c1e5b7d4a2f8e6c0b1d9a7f5e3c" # want: GCP-RUN-004 col 17
      }
    }
  }
}

resource "google_cloud_run_service" "v1" {
  name     = "embedder"
  location = "europe-west4"
  template {
    spec {
      containers {
        image = "europe-west4-docker.pkg.dev/ml/app/embedder:3.1.0"
        env {
          name  = "DB_PASSWORD"
          value = "Tr0ub4dor-and-3" # want: GCP-RUN-004 col 19
        }
      }
    }
  }
}
