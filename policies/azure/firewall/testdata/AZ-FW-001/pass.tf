variable "fw_mode" {
  type = string
}

variable "setting" {
  type = string
}

resource "azurerm_firewall_policy" "good" {
  name                = "fwp-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"
  threat_intelligence_mode = "Deny"
}

# Not set: the default passes.
resource "azurerm_firewall_policy" "by_default" {
  name                = "fwp-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"
}

# An input without a default: unknown, so not reported.
resource "azurerm_firewall_policy" "unknown" {
  name                = "fwp-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Premium"
  threat_intelligence_mode = var.setting
}

resource "azurerm_firewall" "good" {
  name                = "fw-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  threat_intel_mode   = "Alert"
}

# Not set: the default passes.
resource "azurerm_firewall" "by_default" {
  name                = "fw-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
}

# An input without a default: unknown, so not reported.
resource "azurerm_firewall" "unknown" {
  name                = "fw-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  threat_intel_mode   = var.fw_mode
}
