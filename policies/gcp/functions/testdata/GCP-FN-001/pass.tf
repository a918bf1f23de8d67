resource "google_cloudfunctions_function_iam_member" "caller" {
  cloud_function = "summarise"
  role           = "roles/cloudfunctions.invoker"
  member         = "serviceAccount:chat@ml.iam.gserviceaccount.com"
}
