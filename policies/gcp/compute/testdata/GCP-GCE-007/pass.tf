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

resource "google_compute_instance" "project_setting" {
  name         = "project-setting"
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
