variable "enabled" {
  type = bool
}

resource "azurerm_mssql_server" "audited" {
  name = "sql-audited"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

# enabled defaults to true.
resource "azurerm_mssql_server_extended_auditing_policy" "audited" {
  server_id              = azurerm_mssql_server.audited.id
  log_monitoring_enabled = true
}

resource "azurerm_mssql_server" "unknown" {
  name = "sql-unknown"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

# An input without a default: unknown, so not reported.
resource "azurerm_mssql_server_extended_auditing_policy" "unknown" {
  server_id = azurerm_mssql_server.unknown.id
  enabled   = var.enabled
}

# No auditing policy in the scan: it may be set elsewhere, so this is only
# "review" (shown with --show-unknown) unless the scan is declared complete.
resource "azurerm_mssql_server" "elsewhere" {
  name = "sql-elsewhere"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}
