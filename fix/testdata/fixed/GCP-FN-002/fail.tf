resource "google_cloudfunctions_function" "gen1" { # want: GCP-FN-002 col 1
  name                  = "summarise"
  runtime               = "python312"
  entry_point           = "handle"
  trigger_http          = true
  service_account_email = "summarise@ml.iam.gserviceaccount.com"
  ingress_settings      = "ALLOW_INTERNAL_ONLY"
}

resource "google_cloudfunctions2_function" "gen2" {
  name     = "embed"
  location = "europe-west4"
  service_config {
    ingress_settings      = "ALLOW_INTERNAL_ONLY" # want: GCP-FN-002 col 29
    service_account_email = "embed@ml.iam.gserviceaccount.com"
  }
}
