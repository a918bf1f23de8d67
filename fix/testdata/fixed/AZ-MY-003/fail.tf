resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  resource_group_name = "rg"
  server_name = azurerm_mysql_flexible_server.db.name
  value     = "on" # want: AZ-MY-003 col 15
}
