resource "google_sql_database_instance" "no_backups" {
  name             = "chat-history"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings { # want: GCP-SQL-004 col 3
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true
    }
  }
}

resource "google_sql_database_instance" "disabled" {
  name             = "vectors"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true # want: GCP-SQL-004 col 17
    }
  }
}
