resource "azurerm_security_center_subscription_pricing" "cspm" {
  tier          = "Free" # want: AZ-DEF-005 col 19
  resource_type = "CloudPosture"
}
