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

variable "member" {}

# Nothing says what kind of principal this is.
resource "google_project_iam_member" "unknown_member" {
  project = "ml-prod"
  role    = "roles/owner"
  member  = var.member
}

resource "google_project_iam_member" "unknown_user" {
  project = "ml-prod"
  role    = "roles/owner"
  member  = "user:${var.member}"
}
