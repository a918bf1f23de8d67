resource "google_pubsub_topic_iam_member" "publish" {
  topic  = "documents"
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:ingest@ml.iam.gserviceaccount.com"
}
