variable "ips" {
  type = list(string)
}

resource "azurerm_search_service" "narrow" {
  name                = "srch-narrow"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  allowed_ips = ["203.0.113.0/24", "198.51.100.7", "10.0.0.0/8"]
}

# The IP rules are an input without a default: not evaluated.
resource "azurerm_search_service" "unknown" {
  name                = "srch-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  allowed_ips = var.ips
}

