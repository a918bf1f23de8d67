resource "google_cloudfunctions_function" "default_level" { # want: GCP-FN-003 col 1
  name                         = "summarise"
  runtime                      = "python312"
  entry_point                  = "handle"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}

resource "google_cloudfunctions_function" "optional" {
  name                         = "classify"
  runtime                      = "python312"
  entry_point                  = "handle"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS" # want: GCP-FN-003 col 34
}
