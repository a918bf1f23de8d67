variable "role" {}

resource "google_project_iam_member" "user" {
  project = "ml-prod"
  role    = "roles/aiplatform.user"
  member  = "serviceAccount:pipeline@ml-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "human_owner" {
  project = "ml-prod"
  role    = "roles/owner"
  member  = "group:platform-admins@example.com"
}

resource "google_project_iam_member" "unknown" {
  project = "ml-prod"
  role    = var.role
  member  = "serviceAccount:pipeline@ml-prod.iam.gserviceaccount.com"
}
