resource "azurerm_search_service" "open" {
  name                = "srch-open"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  allowed_ips = ["203.0.113.10", "0.0.0.0/0"] # want: AZ-SRCH-005 col 34
}

resource "azurerm_search_service" "broad" {
  name                = "srch-broad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  allowed_ips = [
    "64.0.0.0/2", # want: AZ-SRCH-005 col 5
  ]
}

