resource "azurerm_mssql_server" "no_admin" { # want: AZ-SQL-001 col 1
  name = "sql-no-entra"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"
}

resource "azurerm_mssql_server" "mixed" {
  name = "sql-mixed"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = false # want: AZ-SQL-001 col 35
  }
}

resource "azurerm_mssql_server" "admin_only" {
  name = "sql-admin-only"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"

  azuread_administrator { # want: AZ-SQL-001 col 3
    login_username = "sql-admins"
    object_id      = "00000000-0000-0000-0000-000000000001"
  }
}
