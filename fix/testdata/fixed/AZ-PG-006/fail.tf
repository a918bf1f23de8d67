resource "azurerm_postgresql_flexible_server" "bad" {
  name                = "postgresql-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true # want: AZ-PG-006 col 34
}

resource "azurerm_postgresql_flexible_server" "by_default" { # want: AZ-PG-006 col 1
  name                         = "postgresql-default"
  location                     = "swedencentral"
  resource_group_name          = "rg"
  version                      = "16"
  sku_name                     = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true
}
