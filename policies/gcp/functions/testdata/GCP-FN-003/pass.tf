resource "google_cloudfunctions_function" "always" {
  name                         = "summarise"
  runtime                      = "python312"
  entry_point                  = "handle"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}

# An event-triggered function has no HTTP endpoint.
resource "google_cloudfunctions_function" "events" {
  name        = "ingest"
  runtime     = "python312"
  entry_point = "handle"
  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "documents"
  }
}
