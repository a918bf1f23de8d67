variable "ssl_mode" {}

resource "google_sql_database_instance" "encrypted" {
  name             = "chat-history"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "legacy" {
  name             = "features"
  database_version = "MYSQL_8_0"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      require_ssl = true
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
      ssl_mode = var.ssl_mode
    }
  }
}
