resource "azurerm_mysql_flexible_server_firewall_rule" "all" {
  name             = "all"
  resource_group_name = "rg"
  server_name      = azurerm_mysql_flexible_server.db.name
  start_ip_address = "0.0.0.0" # want: AZ-MY-002 col 22
  end_ip_address   = "255.255.255.255"
}
