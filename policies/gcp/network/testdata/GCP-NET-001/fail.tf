resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # want: GCP-NET-001 col 20

  allow {
    protocol = "tcp"
    ports    = ["22", "8080"]
  }
}

resource "google_compute_firewall" "rdp_range" {
  name          = "allow-rdp"
  network       = "default"
  direction     = "INGRESS"
  source_ranges = ["10.0.0.0/8", "::/0"] # want: GCP-NET-001 col 34

  allow {
    protocol = "tcp"
    ports    = ["3000-4000"]
  }
}

# No source at all: GCP uses 0.0.0.0/0.
resource "google_compute_firewall" "no_source" { # want: GCP-NET-001 col 1
  name    = "allow-all-tcp"
  network = "default"

  allow {
    protocol = "all"
  }
}
