variable "ingress" {}

resource "google_cloud_run_v2_service" "internal" {
  name     = "chat-api"
  location = "europe-west4"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"
  template {
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/chat:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service" "unknown" {
  name     = "rag-api"
  location = "europe-west4"
  ingress  = var.ingress
  template {
    containers {
      image = "europe-west4-docker.pkg.dev/ml/app/rag:2.0.0"
    }
  }
}

resource "google_cloud_run_service" "v1" {
  name     = "embedder"
  location = "europe-west4"
  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "internal"
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
