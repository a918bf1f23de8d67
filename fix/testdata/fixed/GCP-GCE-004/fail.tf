resource "google_compute_instance" "default_shielding" { # want: GCP-GCE-004 col 1
  name         = "default-shielding"
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

  shielded_instance_config {
    enable_secure_boot = true
  }
}

resource "google_compute_instance" "weakened" {
  name         = "weakened"
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

  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true # want: GCP-GCE-004 col 35
    enable_integrity_monitoring = true # want: GCP-GCE-004 col 35
  }
}
