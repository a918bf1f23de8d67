resource "azurerm_firewall_policy" "bad" {
  name                = "fwp-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"
  threat_intelligence_mode = "Deny" # want: AZ-FW-001 col 30
}

resource "azurerm_firewall" "bad" {
  name                = "fw-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  threat_intel_mode   = "Deny" # want: AZ-FW-001 col 25
}
