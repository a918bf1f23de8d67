resource "azurerm_web_application_firewall_policy" "bad" {
  name                = "wafp-bad"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
    mode = "Prevention" # want: AZ-WAF-002 col 12
  }

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}

resource "azurerm_application_gateway" "detect" {
  name                = "agw-detect"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention" # want: AZ-WAF-002 col 24
    rule_set_version = "3.2"
  }
}
