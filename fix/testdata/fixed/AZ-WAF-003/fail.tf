resource "azurerm_cdn_frontdoor_firewall_policy" "bad" {
  name                = "fdwaf-bad"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
  enabled             = true # want: AZ-WAF-003 col 25
}

resource "azurerm_web_application_firewall_policy" "bad" {
  name                = "wafp-bad"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
    enabled = true # want: AZ-WAF-003 col 15
    mode    = "Prevention"
  }
}
