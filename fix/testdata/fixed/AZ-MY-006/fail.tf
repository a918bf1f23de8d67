resource "azurerm_mysql_flexible_server" "bad" {
  name                = "mysql-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "8.0.21"
  sku_name            = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true # want: AZ-MY-006 col 34
}

resource "azurerm_mysql_flexible_server" "by_default" { # want: AZ-MY-006 col 1
  name                         = "mysql-default"
  location                     = "swedencentral"
  resource_group_name          = "rg"
  version                      = "8.0.21"
  sku_name                     = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true
}
