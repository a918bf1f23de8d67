resource "google_compute_instance" "trainer" {
  name         = "trainer"
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
    scopes = ["cloud-platform"] # want: GCP-GCE-001 col 15
  }
}

resource "google_compute_instance_template" "workers" {
  machine_type = "n1-standard-8"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com"
    scopes = ["https://www.googleapis.com/auth/cloud-platform"] # want: GCP-GCE-001 col 15
  }
}
