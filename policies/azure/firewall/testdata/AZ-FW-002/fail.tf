resource "azurerm_firewall_policy" "bad" {
  name                = "fwp-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"

  intrusion_detection {
    mode = "Off" # want: AZ-FW-002 col 12
  }
}

resource "azurerm_firewall_policy" "no_idps" { # want: AZ-FW-002 col 1
  name                = "fwp-no-idps"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"
}
