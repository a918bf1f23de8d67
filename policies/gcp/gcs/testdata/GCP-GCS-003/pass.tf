variable "member" {}

resource "google_storage_bucket_iam_member" "team" {
  bucket = "datasets"
  role   = "roles/storage.objectViewer"
  member = "group:ml@example.com"
}

resource "google_storage_bucket_iam_member" "unknown" {
  bucket = "datasets"
  role   = "roles/storage.objectViewer"
  member = var.member
}

variable "reader" {}

# A member known only after apply is not public as far as the scan knows.
data "google_iam_policy" "viewer" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["serviceAccount:${var.reader}"]
  }
}

resource "google_storage_bucket_iam_policy" "from_data" {
  bucket      = "datasets"
  policy_data = data.google_iam_policy.viewer.policy_data
}

resource "google_storage_bucket_acl" "private" {
  bucket      = "datasets"
  role_entity = ["OWNER:user-ml@example.com"]
}
