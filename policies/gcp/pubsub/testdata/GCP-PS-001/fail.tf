resource "google_pubsub_topic_iam_member" "publish" {
  topic  = "documents"
  role   = "roles/pubsub.publisher"
  member = "allUsers" # want: GCP-PS-001 col 12
}

resource "google_pubsub_subscription_iam_policy" "read" {
  subscription = "documents-embedder"
  policy_data = jsonencode({
    bindings = [{ role = "roles/pubsub.subscriber", members = ["allAuthenticatedUsers"] }] # want: GCP-PS-001 col 64
  })
}
