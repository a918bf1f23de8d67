variable "setting" {
  type = string
}

resource "azurerm_application_gateway" "good" {
  name                = "agw-good"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20220101"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_application_gateway" "unknown" {
  name                = "agw-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = var.setting
  }
}
