resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = "Free" # want: AZ-DEF-004 col 19
  resource_type = "StorageAccounts"
}
