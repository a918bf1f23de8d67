variable "public" {
  type = bool
}

resource "azurerm_mssql_server" "private" {
  name                          = "sql-private"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  public_network_access_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_mssql_server" "unknown" {
  name                          = "sql-unknown"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  public_network_access_enabled = var.public
}
