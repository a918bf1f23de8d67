variable "setting" {
  type = string
}

resource "azurerm_web_application_firewall_policy" "good" {
  name                = "wafp-good"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
    mode = "Prevention"
  }

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}

# Not set: the default passes.
resource "azurerm_web_application_firewall_policy" "by_default" {
  name                = "wafp-default"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
  }

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_web_application_firewall_policy" "unknown" {
  name                = "wafp-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"

  policy_settings {
    mode = var.setting
  }

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}
