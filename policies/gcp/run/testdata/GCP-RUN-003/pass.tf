resource "google_service_account" "chat" {
  account_id = "chat-api"
}

resource "google_cloud_run_v2_service" "dedicated" {
  name     = "chat-api"
  location = "europe-west4"
  template {
    service_account = google_service_account.chat.email
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/chat:1.4.2"
    }
  }
}

resource "google_cloud_run_service" "v1" {
  name     = "embedder"
  location = "europe-west4"
  template {
    spec {
      service_account_name = "embedder@ml.iam.gserviceaccount.com"
      containers {
        image = "europe-west4-docker.pkg.dev/ml/app/embedder:3.1.0"
      }
    }
  }
}
