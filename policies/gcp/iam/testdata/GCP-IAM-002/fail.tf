resource "google_project_iam_member" "owner" {
  project = "ml-prod"
  role    = "roles/owner"
  member  = "serviceAccount:pipeline@ml-prod.iam.gserviceaccount.com" # want: GCP-IAM-002 col 13
}

resource "google_project_iam_binding" "admin" {
  project = "ml-prod"
  role    = "roles/aiplatform.admin"
  members = ["user:alice@example.com", "serviceAccount:trainer@ml-prod.iam.gserviceaccount.com"] # want: GCP-IAM-002 col 40
}

resource "google_project_iam_policy" "policy" {
  project = "ml-prod"
  policy_data = jsonencode({
    bindings = [{ role = "roles/editor", members = ["serviceAccount:serving@ml-prod.iam.gserviceaccount.com"] }] # want: GCP-IAM-002 col 53
  })
}

resource "google_service_account" "serving" {
  account_id = "serving"
}

# The service account's email is known only after apply, but the member is
# written as a service account: the role is what is wrong.
resource "google_project_iam_member" "unknown_email" {
  project = "ml-prod"
  role    = "roles/aiplatform.admin" # want: GCP-IAM-002 col 13
  member  = "serviceAccount:${google_service_account.serving.email}"
}

resource "google_project_iam_binding" "unknown_email" {
  project = "ml-prod"
  role    = "roles/owner" # want: GCP-IAM-002 col 13
  members = ["serviceAccount:${google_service_account.serving.email}"]
}

data "google_iam_policy" "owners" {
  binding {
    role    = "roles/editor" # want: GCP-IAM-002 col 15
    members = ["serviceAccount:${google_service_account.serving.email}"]
  }
}

resource "google_project_iam_policy" "from_data" {
  project     = "ml-prod"
  policy_data = data.google_iam_policy.owners.policy_data
}
