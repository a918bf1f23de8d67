resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "ssl_min_protocol_version"
  server_id = azurerm_postgresql_flexible_server.db.id
  value     = "TLSv1.2" # want: AZ-PG-004 col 15
}
