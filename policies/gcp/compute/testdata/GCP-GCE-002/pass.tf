resource "google_compute_instance" "dedicated" {
  name         = "dedicated"
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

  service_account {
    email  = "trainer@ml.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

# Default account with full scopes: GCP-GCE-001 reports it.
resource "google_compute_instance" "full" {
  name         = "full"
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

  service_account {
    scopes = ["cloud-platform"]
  }
}
