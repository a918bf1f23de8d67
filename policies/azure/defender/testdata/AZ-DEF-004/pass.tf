variable "tier" {
  type = string
}

resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = "Standard"
  resource_type = "StorageAccounts"
  subplan       = "DefenderForStorageV2"
}

# An input without a default: unknown, so not reported.
resource "azurerm_security_center_subscription_pricing" "unknown" {
  tier          = var.tier
  resource_type = "StorageAccounts"
}
