resource "google_sql_database_instance" "open" {
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
      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0" # want: GCP-SQL-002 col 17
      }
    }
  }
}
