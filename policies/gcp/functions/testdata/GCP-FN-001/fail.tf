resource "google_cloudfunctions_function_iam_member" "public" {
  cloud_function = "summarise"
  role           = "roles/cloudfunctions.invoker"
  member         = "allUsers" # want: GCP-FN-001 col 20
}

resource "google_cloudfunctions2_function_iam_binding" "authenticated" {
  cloud_function = "embed"
  role           = "roles/cloudfunctions.invoker"
  members        = ["allAuthenticatedUsers"] # want: GCP-FN-001 col 21
}
