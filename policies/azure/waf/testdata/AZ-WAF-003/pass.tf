variable "enabled" {
  type = bool
}

variable "setting" {
  type = bool
}

resource "azurerm_cdn_frontdoor_firewall_policy" "good" {
  name                = "fdwaf-good"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
  enabled             = true
}

# Not set: the default passes.
resource "azurerm_cdn_frontdoor_firewall_policy" "by_default" {
  name                = "fdwaf-default"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
}

# An input without a default: unknown, so not reported.
resource "azurerm_cdn_frontdoor_firewall_policy" "unknown" {
  name                = "fdwaf-unknown"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
  enabled             = var.setting
}

resource "azurerm_web_application_firewall_policy" "good" {
  name                = "wafp-good"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
    enabled = true
    mode    = "Prevention"
  }
}

# Not set: the default passes.
resource "azurerm_web_application_firewall_policy" "by_default" {
  name                = "wafp-default"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
    mode    = "Prevention"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_web_application_firewall_policy" "unknown" {
  name                = "wafp-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
    enabled = var.enabled
    mode    = "Prevention"
  }
}
