resource "google_compute_instance" "legacy_keys" {
  name         = "legacy-keys"
  machine_type = "a2-highgpu-1g"
  zone         = "europe-west4-a"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  metadata = {
    enable-oslogin = "TRUE" # want: GCP-GCE-007 col 22
  }
}
