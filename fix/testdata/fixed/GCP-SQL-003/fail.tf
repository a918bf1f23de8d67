resource "google_sql_database_instance" "default_ssl" {
  name             = "chat-history"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration { # want: GCP-SQL-003 col 5
      ipv4_enabled = false
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "mode" {
  name             = "vectors"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY" # want: GCP-SQL-003 col 18
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
      require_ssl = false # want: GCP-SQL-003 col 21
      ssl_mode    = "ENCRYPTED_ONLY"
    }
  }
}
