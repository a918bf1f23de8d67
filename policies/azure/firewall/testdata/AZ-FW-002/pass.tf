variable "setting" {
  type = string
}

resource "azurerm_firewall_policy" "good" {
  name                = "fwp-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"

  intrusion_detection {
    mode = "Deny"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_firewall_policy" "unknown" {
  name                = "fwp-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"

  intrusion_detection {
    mode = var.setting
  }
}

resource "azurerm_firewall_policy" "standard" {
  name                = "fwp-standard"
  location            = "swedencentral"
  resource_group_name = "rg"
}
