resource "azurerm_servicebus_namespace" "bad" {
  name                = "servicebus-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2" # want: AZ-SB-003 col 25
}

resource "azurerm_servicebus_namespace" "bad1" {
  name                = "servicebus-bad1"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2" # want: AZ-SB-003 col 25
}
