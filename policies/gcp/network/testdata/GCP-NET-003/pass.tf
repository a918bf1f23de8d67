variable "access" {}

resource "google_compute_instance" "gpu" {
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
}

resource "google_compute_instance" "dynamic" {
  name         = "trainer-2"
  machine_type = "a2-highgpu-1g"
  zone         = "europe-west4-a"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
    dynamic "access_config" {
      for_each = var.access
      content {}
    }
  }
}
