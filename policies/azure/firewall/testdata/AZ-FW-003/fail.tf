resource "azurerm_firewall" "by_default" { # want: AZ-FW-003 col 1
  name                = "fw-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}
