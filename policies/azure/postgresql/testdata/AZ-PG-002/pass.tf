resource "azurerm_postgresql_flexible_server_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_postgresql_flexible_server.db.id
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

variable "end" {
  type = string
}

# An input without a default: unknown, so not reported.
resource "azurerm_postgresql_flexible_server_firewall_rule" "unknown" {
  name             = "unknown"
  server_id        = azurerm_postgresql_flexible_server.db.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = var.end
}
