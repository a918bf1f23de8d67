variable "tier" {
  type = string
}

resource "azurerm_security_center_subscription_pricing" "key_vaults" {
  tier          = "Standard"
  resource_type = "KeyVaults"
}

# An input without a default: unknown, so not reported.
resource "azurerm_security_center_subscription_pricing" "unknown" {
  tier          = var.tier
  resource_type = "KeyVaults"
}
