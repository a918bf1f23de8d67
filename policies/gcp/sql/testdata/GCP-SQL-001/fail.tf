resource "google_sql_database_instance" "default_ip" {
  name             = "chat-history"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings { # want: GCP-SQL-001 col 3
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "public" {
  name             = "vectors"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true # want: GCP-SQL-001 col 22
    }
  }
}
