resource "azurerm_servicebus_namespace" "bad" {
  name                = "servicebus-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  public_network_access_enabled = false # want: AZ-SB-002 col 35
}

resource "azurerm_servicebus_namespace" "by_default" { # want: AZ-SB-002 col 1
  name                          = "servicebus-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  sku                           = "Standard"
  public_network_access_enabled = false
}
