resource "azurerm_servicebus_namespace" "bad" {
  name                = "servicebus-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  local_authentication_enabled = true # want: AZ-SB-001 col 34
}

resource "azurerm_servicebus_namespace" "by_default" { # want: AZ-SB-001 col 1
  name                = "servicebus-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
}
