resource "azurerm_postgresql_flexible_server" "by_default" { # want: AZ-PG-005 col 1
  name                = "postgresql-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}
