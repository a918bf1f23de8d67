variable "metadata" {}

resource "google_compute_instance" "blocked" {
  name         = "blocked"
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
    block-project-ssh-keys = "true"
  }
}

resource "google_compute_instance" "oslogin" {
  name         = "oslogin"
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
    enable-oslogin = "TRUE"
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

  metadata = var.metadata
}
