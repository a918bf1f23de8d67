resource "google_cloud_run_v2_service" "no_account" {
  name     = "chat-api"
  location = "europe-west4"
  template { # want: GCP-RUN-003 col 3
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/chat:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_job" "default_account" {
  name     = "embed-batch"
  location = "europe-west4"
  template {
    template {
      service_account = "123456789012-compute@developer.gserviceaccount.com" # want: GCP-RUN-003 col 25
      containers {
        image = "europe-west4-docker.pkg.dev/ml/app/embed:1.0.0"
      }
    }
  }
}

resource "google_cloud_run_service" "v1" {
  name     = "embedder"
  location = "europe-west4"
  template {
    spec { # want: GCP-RUN-003 col 5
      containers {
        image = "europe-west4-docker.pkg.dev/ml/app/embedder:3.1.0"
      }
    }
  }
}
