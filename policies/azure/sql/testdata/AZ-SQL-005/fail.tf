resource "azurerm_mssql_server" "sql" {
  name = "sql-audit-off"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server_extended_auditing_policy" "sql" {
  server_id              = azurerm_mssql_server.sql.id
  log_monitoring_enabled = true
  enabled                = false # want: AZ-SQL-005 col 28
}
