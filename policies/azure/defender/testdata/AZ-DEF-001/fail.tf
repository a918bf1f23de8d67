resource "azurerm_security_center_subscription_pricing" "ai" {
  tier          = "Free" # want: AZ-DEF-001 col 19
  resource_type = "AI"
}
