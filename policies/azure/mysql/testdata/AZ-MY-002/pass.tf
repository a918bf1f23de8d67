resource "azurerm_mysql_flexible_server_firewall_rule" "office" {
  name             = "office"
  resource_group_name = "rg"
  server_name      = azurerm_mysql_flexible_server.db.name
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

variable "end" {
  type = string
}

# An input without a default: unknown, so not reported.
resource "azurerm_mysql_flexible_server_firewall_rule" "unknown" {
  name             = "unknown"
  resource_group_name = "rg"
  server_name      = azurerm_mysql_flexible_server.db.name
  start_ip_address = "0.0.0.0"
  end_ip_address   = var.end
}
