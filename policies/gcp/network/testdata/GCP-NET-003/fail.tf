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
    access_config { # want: GCP-NET-003 col 5
    }
  }
}

resource "google_compute_instance_template" "workers" {
  machine_type = "n1-standard-8"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
    access_config { # want: GCP-NET-003 col 5
      network_tier = "PREMIUM"
    }
  }
}
