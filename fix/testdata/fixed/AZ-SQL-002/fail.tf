resource "azurerm_mssql_server" "explicit" {
  name                          = "sql-public"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  public_network_access_enabled = false # want: AZ-SQL-002 col 35
}

resource "azurerm_mssql_server" "by_default" { # want: AZ-SQL-002 col 1
  name = "sql-default"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
  public_network_access_enabled = false
}
