resource "google_sql_database_instance" "primary" {
  name             = "chat-history"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}

# A read replica cannot hold backups.
resource "google_sql_database_instance" "replica" {
  name                 = "chat-history-replica"
  database_version     = "POSTGRES_16"
  region               = "europe-west4"
  master_instance_name = google_sql_database_instance.primary.name
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "typed_replica" {
  name             = "chat-history-replica-2"
  database_version = "POSTGRES_16"
  region           = "europe-west4"
  instance_type    = "READ_REPLICA_INSTANCE"
  settings {
    tier = "db-custom-2-7680"
  }
}
