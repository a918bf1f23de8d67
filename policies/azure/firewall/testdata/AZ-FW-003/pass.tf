variable "setting" {
  type = string
}

resource "azurerm_firewall" "good" {
  name                = "fw-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  firewall_policy_id  = azurerm_firewall_policy.fwp.id
}

# An input without a default: unknown, so not reported.
resource "azurerm_firewall" "unknown" {
  name                = "fw-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  firewall_policy_id  = var.setting
}
