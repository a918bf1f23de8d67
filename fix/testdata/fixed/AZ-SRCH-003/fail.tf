resource "azurerm_search_service" "by_default" { # want: AZ-SRCH-003 col 1
  name                                     = "srch-by_default"
  location                                 = "swedencentral"
  resource_group_name                      = "rg"
  sku                                      = "standard"
  customer_managed_key_enforcement_enabled = true
}

resource "azurerm_search_service" "off" {
  name                = "srch-off"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  customer_managed_key_enforcement_enabled = true # want: AZ-SRCH-003 col 46
}

