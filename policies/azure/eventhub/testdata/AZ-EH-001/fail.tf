resource "azurerm_eventhub_namespace" "bad" {
  name                = "eventhub-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
  local_authentication_enabled = true # want: AZ-EH-001 col 34
}

resource "azurerm_eventhub_namespace" "by_default" { # want: AZ-EH-001 col 1
  name                = "eventhub-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard"
}
