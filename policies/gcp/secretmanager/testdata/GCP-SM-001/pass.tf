resource "google_service_account" "chat" {
  account_id = "chat-api"
}

resource "google_secret_manager_secret_iam_member" "chat" {
  secret_id = "openai-api-key"
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.chat.email}"
}
