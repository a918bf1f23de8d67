resource "azurerm_eventhub_namespace" "bad" {
  name                = "eventhub-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2" # want: AZ-EH-003 col 25
}

resource "azurerm_eventhub_namespace" "bad1" {
  name                = "eventhub-bad1"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  minimum_tls_version = "1.2" # want: AZ-EH-003 col 25
}
