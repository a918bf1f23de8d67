resource "google_project_iam_member" "owner" {
  project = "ml-prod"
  role    = "roles/owner"
  member  = "serviceAccount:pipeline@ml-prod.iam.gserviceaccount.com" # want: GCP-IAM-002
}

resource "google_project_iam_binding" "admin" {
  project = "ml-prod"
  role    = "roles/aiplatform.admin"
  members = ["user:alice@example.com", "serviceAccount:trainer@ml-prod.iam.gserviceaccount.com"] # want: GCP-IAM-002
}

resource "google_project_iam_policy" "policy" {
  project = "ml-prod"
  policy_data = jsonencode({ # want: GCP-IAM-002
    bindings = [{ role = "roles/editor", members = ["serviceAccount:serving@ml-prod.iam.gserviceaccount.com"] }]
  })
}
