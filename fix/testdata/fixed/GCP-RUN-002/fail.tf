resource "google_cloud_run_v2_service" "default_ingress" { # want: GCP-RUN-002 col 1
  name     = "chat-api"
  location = "europe-west4"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"
  template {
    service_account = "chat@ml.iam.gserviceaccount.com"
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/chat:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service" "all" {
  name     = "rag-api"
  location = "europe-west4"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY" # want: GCP-RUN-002 col 14
  template {
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/rag:2.0.0"
    }
  }
}

resource "google_cloud_run_service" "v1" {
  name     = "embedder"
  location = "europe-west4"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"
  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "all" # want: GCP-RUN-002 col 38
    }
  }
  template {
    spec {
      containers {
        image = "europe-west4-docker.pkg.dev/ml/app/embedder:3.1.0"
      }
    }
  }
}
