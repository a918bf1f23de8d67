resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name      = "tls_version"
  resource_group_name = "rg"
  server_name = azurerm_mysql_flexible_server.db.name
  value     = "TLSv1.2,TLSv1.3" # want: AZ-MY-004 col 15
}
