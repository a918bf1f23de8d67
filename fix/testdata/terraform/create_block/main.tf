resource "google_sql_database_instance" "main" {
  name             = "main"
  database_version = "POSTGRES_15"
  region           = "us-central1"

  settings {
    tier = "db-f1-micro"
    ip_configuration {
      # Clients connect through the Auth Proxy.
      ipv4_enabled = true
    }
  }
}
