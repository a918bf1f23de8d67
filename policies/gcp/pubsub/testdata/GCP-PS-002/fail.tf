resource "google_pubsub_topic" "documents" { # want: GCP-PS-002 col 1
  name = "documents"
}
