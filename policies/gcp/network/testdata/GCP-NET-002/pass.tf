variable "protocol" {}

resource "google_compute_firewall" "https" {
  name          = "allow-https"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

resource "google_compute_firewall" "internal" {
  name          = "allow-internal"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "unknown" {
  name          = "unknown"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = var.protocol
  }
}
