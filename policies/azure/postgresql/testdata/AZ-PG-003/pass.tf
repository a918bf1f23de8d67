resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.db.id
  value     = "on"
}

resource "azurerm_postgresql_flexible_server_configuration" "other" {
  name      = "log_checkpoints"
  server_id = azurerm_postgresql_flexible_server.db.id
  value     = "off"
}
