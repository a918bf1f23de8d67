variable "tls" {
  type = string
}

# The provider defaults minimum_tls_version to 1.2.
resource "azurerm_mssql_server" "by_default" {
  name = "sql-default"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server" "tls12" {
  name                = "sql-tls12"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version = "1.2"
}

# An input without a default: unknown, so not reported.
resource "azurerm_mssql_server" "unknown" {
  name                = "sql-unknown"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version = var.tls
}
