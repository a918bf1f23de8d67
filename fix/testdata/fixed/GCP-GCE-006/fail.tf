resource "google_compute_instance" "router" {
  name         = "router"
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

  can_ip_forward = false # want: GCP-GCE-006 col 20
}
