resource "google_compute_instance" "shielded" {
  name         = "shielded"
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
