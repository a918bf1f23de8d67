resource "google_secret_manager_secret_iam_member" "public" {
  secret_id = "openai-api-key"
  role      = "roles/secretmanager.secretAccessor"
  member    = "allAuthenticatedUsers" # want: GCP-SM-001 col 15
}

data "google_iam_policy" "public" {
  binding {
    role    = "roles/secretmanager.secretAccessor"
    members = ["allUsers"] # want: GCP-SM-001 col 16
  }
}

resource "google_secret_manager_secret_iam_policy" "policy" {
  secret_id   = "hf-token"
  policy_data = data.google_iam_policy.public.policy_data
}
