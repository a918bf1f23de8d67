resource "azurerm_mssql_firewall_rule" "world" {
  name             = "world"
  server_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "0.0.0.0" # want: AZ-SQL-003 col 22
  end_ip_address   = "255.255.255.255"
}

# "Allow Azure services": every Azure tenant (the medium variant).
resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAllWindowsAzureIps"
  server_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "0.0.0.0" # want: AZ-SQL-003 col 22
  end_ip_address   = "0.0.0.0"
}
