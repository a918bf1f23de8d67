resource "google_storage_bucket_iam_member" "public" {
  bucket = "datasets"
  role   = "roles/storage.objectViewer"
  member = "allUsers" # want: GCP-GCS-003 col 12
}

resource "google_storage_bucket_iam_binding" "authenticated" {
  bucket  = "datasets"
  role    = "roles/storage.objectViewer"
  members = ["group:ml@example.com", "allAuthenticatedUsers"] # want: GCP-GCS-003 col 38
}

resource "google_storage_bucket_iam_policy" "policy" {
  bucket = "datasets"
  policy_data = jsonencode({
    bindings = [{ role = "roles/storage.objectViewer", members = ["allUsers"] }] # want: GCP-GCS-003 col 67
  })
}

resource "google_storage_bucket_acl" "acl" {
  bucket      = "datasets"
  role_entity = ["OWNER:user-ml@example.com", "READER:allUsers"] # want: GCP-GCS-003 col 47
}

resource "google_storage_default_object_acl" "objects" {
  bucket      = "datasets"
  role_entity = ["READER:allAuthenticatedUsers"] # want: GCP-GCS-003 col 18
}

# google_iam_policy is computed as the provider computes it.
data "google_iam_policy" "public" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"] # want: GCP-GCS-003 col 16
  }
}

resource "google_storage_bucket_iam_policy" "from_data" {
  bucket      = "datasets"
  policy_data = data.google_iam_policy.public.policy_data
}
