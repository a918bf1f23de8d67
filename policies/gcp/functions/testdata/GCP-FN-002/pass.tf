resource "google_cloudfunctions_function" "gen1" {
  name             = "summarise"
  runtime          = "python312"
  entry_point      = "handle"
  trigger_http     = true
  ingress_settings = "ALLOW_INTERNAL_ONLY"
}

resource "google_cloudfunctions2_function" "gen2" {
  name     = "embed"
  location = "europe-west4"
  service_config {
    ingress_settings = "ALLOW_INTERNAL_AND_GCLB"
  }
}
