variable "ips" {
  type = list(string)
}

resource "azurerm_search_service" "private" {
  name                = "srch-private"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  public_network_access_enabled = false
}

resource "azurerm_search_service" "firewalled" {
  name                = "srch-firewalled"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  allowed_ips = ["203.0.113.0/24"]
}

# The IP rules are an input without a default: not evaluated.
resource "azurerm_search_service" "unknown" {
  name                = "srch-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "standard"
  allowed_ips = var.ips
}

