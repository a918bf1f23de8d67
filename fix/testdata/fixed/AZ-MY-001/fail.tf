resource "azurerm_mysql_flexible_server" "bad" {
  name                = "mysql-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  version             = "8.0.21"
  sku_name            = "GP_Standard_D2s_v3"
  public_network_access_enabled = false # want: AZ-MY-001 col 35
}

resource "azurerm_mysql_flexible_server" "by_default" { # want: AZ-MY-001 col 1
  name                          = "mysql-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  version                       = "8.0.21"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false
}
