resource "azurerm_mssql_server" "old" {
  name                = "sql-tls11"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version = "1.2" # want: AZ-SQL-004 col 25
}

resource "azurerm_mssql_server" "disabled" {
  name                = "sql-notls"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  minimum_tls_version = "1.2" # want: AZ-SQL-004 col 25
}
