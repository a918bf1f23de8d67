resource "azurerm_security_center_subscription_pricing" "ai" {
  tier          = "Free" # want: AZ-DEF-001
  resource_type = "AI"
}
