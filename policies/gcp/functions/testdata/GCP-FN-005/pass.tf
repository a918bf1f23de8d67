resource "google_cloudfunctions2_function" "gen2" {
  name     = "embed"
  location = "europe-west4"
  service_config {
    environment_variables = {
      INDEX = "docs"
    }
    secret_environment_variables {
      key        = "PINECONE_API_KEY"
      project_id = "ml"
      secret     = "pinecone-api-key"
      version    = "latest"
    }
  }
}
