resource "google_cloudfunctions_function" "gen1" { # want: GCP-FN-004 col 1
  name         = "summarise"
  runtime      = "python312"
  entry_point  = "handle"
  trigger_http = true
}

resource "google_cloudfunctions_function" "appspot" {
  name                  = "classify"
  runtime               = "python312"
  entry_point           = "handle"
  trigger_http          = true
  service_account_email = "ml-project@appspot.gserviceaccount.com" # want: GCP-FN-004 col 27
}

resource "google_cloudfunctions2_function" "gen2" {
  name     = "embed"
  location = "europe-west4"
  service_config { # want: GCP-FN-004 col 3
    ingress_settings = "ALLOW_INTERNAL_ONLY"
  }
}
