# Another configuration's project metadata says nothing of these VMs.
resource "google_compute_project_metadata" "other" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}
