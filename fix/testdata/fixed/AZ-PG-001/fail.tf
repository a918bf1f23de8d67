resource "azurerm_postgresql_flexible_server" "bad" {
  name                = "postgresql-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
  public_network_access_enabled = false # want: AZ-PG-001 col 35
}

resource "azurerm_postgresql_flexible_server" "by_default" { # want: AZ-PG-001 col 1
  name                          = "postgresql-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false
}
