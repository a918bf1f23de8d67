variable "account" {}

resource "google_cloudfunctions_function" "gen1" {
  name                  = "summarise"
  runtime               = "python312"
  entry_point           = "handle"
  trigger_http          = true
  service_account_email = "summarise@ml.iam.gserviceaccount.com"
}

resource "google_cloudfunctions2_function" "gen2" {
  name     = "embed"
  location = "europe-west4"
  service_config {
    service_account_email = var.account
  }
}
