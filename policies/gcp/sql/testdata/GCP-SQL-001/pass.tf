variable "public_ip" {}

resource "google_sql_database_instance" "private" {
  name             = "chat-history"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/ml/global/networks/vpc"
    }
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "vectors"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = var.public_ip
    }
  }
}
