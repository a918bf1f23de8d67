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

  service_account { # want: GCP-GCE-002 col 3
    scopes = ["logging-write", "monitoring-write", "storage-ro"]
  }
}

resource "google_compute_instance" "explicit" {
  name         = "explicit"
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
    email  = "default" # want: GCP-GCE-002 col 14
    scopes = ["storage-ro"]
  }
}
