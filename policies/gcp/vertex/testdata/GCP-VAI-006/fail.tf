resource "google_vertex_ai_endpoint" "public" { # want: GCP-VAI-006 col 1
  name         = "llm"
  display_name = "llm"
  location     = "europe-west4"
}

resource "google_vertex_ai_index_endpoint" "vector" {
  display_name            = "rag"
  region                  = "europe-west4"
  public_endpoint_enabled = true # want: GCP-VAI-006 col 29
}

resource "google_vertex_ai_endpoint" "psc_off" {
  name         = "llm-2"
  display_name = "llm-2"
  location     = "europe-west4"

  private_service_connect_config { # want: GCP-VAI-006 col 3
    enable_private_service_connect = false
    project_allowlist              = ["my-project"]
  }
}
