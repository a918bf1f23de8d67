variable "start" {
  type = string
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

# An input without a default: unknown, so not reported.
resource "azurerm_mssql_firewall_rule" "unknown" {
  name             = "unknown"
  server_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = var.start
  end_ip_address   = "255.255.255.255"
}
