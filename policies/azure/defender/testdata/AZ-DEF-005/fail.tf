resource "azurerm_security_center_subscription_pricing" "cspm" {
  tier          = "Free" # want: AZ-DEF-005
  resource_type = "CloudPosture"
}
