resource "google_compute_firewall" "all" {
  name          = "allow-all"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # want: GCP-NET-002 col 20

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "tcp_range" {
  name          = "allow-tcp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # want: GCP-NET-002 col 20

  allow {
    protocol = "tcp"
    ports    = ["0-65535"]
  }
}

resource "google_compute_firewall" "udp_no_source" { # want: GCP-NET-002 col 1
  name    = "allow-udp"
  network = "default"

  allow {
    protocol = "udp"
  }
}
