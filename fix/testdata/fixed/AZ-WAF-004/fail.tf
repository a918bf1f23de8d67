resource "azurerm_cdn_frontdoor_firewall_policy" "bad" {
  name                = "fdwaf-bad"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention" # want: AZ-WAF-004 col 25
}

resource "azurerm_frontdoor_firewall_policy" "bad" {
  name                = "fdclassic-bad"
  resource_group_name = "rg"
  mode                = "Prevention" # want: AZ-WAF-004 col 25
}
