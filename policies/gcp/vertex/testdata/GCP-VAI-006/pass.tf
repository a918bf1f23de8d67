variable "network" {}

resource "google_vertex_ai_endpoint" "peered" {
  name         = "llm"
  display_name = "llm"
  location     = "europe-west4"
  network      = "projects/123456789012/global/networks/ml"
}

resource "google_vertex_ai_endpoint" "psc" {
  name         = "llm-2"
  display_name = "llm-2"
  location     = "europe-west4"

  private_service_connect_config {
    enable_private_service_connect = true
    project_allowlist              = ["my-project"]
  }
}

resource "google_vertex_ai_index_endpoint" "unknown" {
  display_name = "rag"
  region       = "europe-west4"
  network      = var.network
}
