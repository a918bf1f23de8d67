variable "email" {}

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

resource "google_compute_instance" "narrow" {
  name         = "narrow"
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
    scopes = ["logging-write", "monitoring-write"]
  }
}

resource "google_compute_instance" "unknown" {
  name         = "unknown"
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
    email  = var.email
    scopes = ["cloud-platform"]
  }
}

# No service_account block: the VM runs without a service account.
resource "google_compute_instance" "none" {
  name         = "none"
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
}
