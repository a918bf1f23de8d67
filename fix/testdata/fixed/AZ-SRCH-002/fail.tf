resource "azurerm_search_service" "by_default" { # want: AZ-SRCH-002 col 1
  name                         = "srch-by_default"
  location                     = "swedencentral"
  resource_group_name          = "rg"
  sku                          = "standard"
  local_authentication_enabled = false
}

resource "azurerm_search_service" "keys" {
  name                = "srch-keys"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  local_authentication_enabled = false # want: AZ-SRCH-002 col 34
}

