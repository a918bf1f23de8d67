variable "public" {
  type = bool
}

resource "azurerm_container_registry" "private" {
  name                          = "acrprivate"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  public_network_access_enabled = false
}

resource "azurerm_container_registry" "firewall" {
  name = "acrfirewall"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"

    ip_rule {
      action   = "Allow"
      ip_range = "203.0.113.0/24"
    }
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_container_registry" "unknown" {
  name                          = "acrunknown"
  resource_group_name = "rg"
  location            = "swedencentral"
  sku                 = "Premium"
  public_network_access_enabled = var.public
}
