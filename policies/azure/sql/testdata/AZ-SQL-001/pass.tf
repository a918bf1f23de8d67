variable "entra_only" {
  type = bool
}

resource "azurerm_mssql_server" "entra" {
  name                = "sql-entra"
  resource_group_name = "rg"
  location            = "swedencentral"
  version             = "12.0"

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = true
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_mssql_server" "unknown" {
  name = "sql-unknown"
  resource_group_name          = "rg"
  location                     = "swedencentral"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "placeholder"

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "00000000-0000-0000-0000-000000000001"
    azuread_authentication_only = var.entra_only
  }
}
