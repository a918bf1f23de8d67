resource "azurerm_security_center_subscription_pricing" "containers" {
  tier          = "Free" # want: AZ-DEF-002 col 19
  resource_type = "Containers"
}
