resource "azurerm_search_service" "by_default" { # want: AZ-SRCH-004 col 1
  name                = "srch-by_default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"

  identity {
    type = "SystemAssigned"
  }
}

