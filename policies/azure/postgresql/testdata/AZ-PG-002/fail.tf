resource "azurerm_postgresql_flexible_server_firewall_rule" "all" {
  name             = "all"
  server_id        = azurerm_postgresql_flexible_server.db.id
  start_ip_address = "0.0.0.0" # want: AZ-PG-002 col 22
  end_ip_address   = "255.255.255.255"
}
