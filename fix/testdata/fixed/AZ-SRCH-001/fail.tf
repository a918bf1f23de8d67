resource "azurerm_search_service" "by_default" { # want: AZ-SRCH-001 col 1
  name                          = "srch-by_default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  sku                           = "standard"
  public_network_access_enabled = false
}

resource "azurerm_search_service" "public" {
  name                = "srch-public"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  public_network_access_enabled = false # want: AZ-SRCH-001 col 35
  allowed_ips                   = []
}

