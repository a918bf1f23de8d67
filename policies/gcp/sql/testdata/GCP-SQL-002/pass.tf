variable "ipv4" {}

resource "google_sql_database_instance" "office" {
  name             = "chat-history"
  database_version = "MYSQL_8_0"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
    }
  }
}

# Whether the instance has a public IP is not known: not evaluated.
resource "google_sql_database_instance" "unknown" {
  name             = "vectors"
  database_version = "MYSQL_8_0"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = var.ipv4
      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0"
      }
    }
  }
}
