resource "google_cloudfunctions_function" "gen1" {
  name                  = "summarise"
  runtime               = "python312"
  entry_point           = "handle"
  trigger_http          = true
  service_account_email = "summarise@ml.iam.gserviceaccount.com"
  environment_variables = {
    ANTHROPIC_API_KEY = "sk-ant-api03-0123456789abcdefghij" # want: GCP-FN-005 col 25
  }
}

resource "google_cloudfunctions2_function" "gen2" {
  name     = "embed"
  location = "europe-west4"
  service_config {
    environment_variables = {
      PINECONE_API_KEY = "pcsk_0123456789abcdef" # want: GCP-FN-005 col 26
      INDEX            = "docs"
    }
  }
}
