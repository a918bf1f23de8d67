resource "azurerm_security_center_subscription_pricing" "key_vaults" {
  tier          = "Free" # want: AZ-DEF-003 col 19
  resource_type = "KeyVaults"
}
