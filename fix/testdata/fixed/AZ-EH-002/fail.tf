resource "azurerm_eventhub_namespace" "bad" {
  name                = "eventhub-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  public_network_access_enabled = false # want: AZ-EH-002 col 35
}

resource "azurerm_eventhub_namespace" "by_default" { # want: AZ-EH-002 col 1
  name                          = "eventhub-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  sku                           = "Standard"
  public_network_access_enabled = false
}
