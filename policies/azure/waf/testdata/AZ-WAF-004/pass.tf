variable "classic_mode" {
  type = string
}

variable "setting" {
  type = string
}

resource "azurerm_cdn_frontdoor_firewall_policy" "good" {
  name                = "fdwaf-good"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
}

# An input without a default: unknown, so not reported.
resource "azurerm_cdn_frontdoor_firewall_policy" "unknown" {
  name                = "fdwaf-unknown"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = var.setting
}

resource "azurerm_frontdoor_firewall_policy" "good" {
  name                = "fdclassic-good"
  resource_group_name = "rg"
  mode                = "Prevention"
}

# Not set: the default passes.
resource "azurerm_frontdoor_firewall_policy" "by_default" {
  name                = "fdclassic-default"
  resource_group_name = "rg"
}

# An input without a default: unknown, so not reported.
resource "azurerm_frontdoor_firewall_policy" "unknown" {
  name                = "fdclassic-unknown"
  resource_group_name = "rg"
  mode                = var.classic_mode
}
