variable "default_action" {
  type = string
}

resource "azurerm_cognitive_account" "private" {
  name                          = "oai-private"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
}

resource "azurerm_cognitive_account" "firewalled" {
  name                  = "oai-firewalled"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-firewalled"

  network_acls {
    default_action = "Deny"
    ip_rules       = ["203.0.113.10"]
  }
}

# The ACL's default action is an input without a default: not evaluated.
resource "azurerm_cognitive_account" "unknown" {
  name                  = "oai-unknown"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-unknown"

  network_acls {
    default_action = var.default_action
  }
}

resource "azurerm_ai_services" "foundry" {
  name                  = "ais-foundry"
  location              = "swedencentral"
  resource_group_name   = "rg"
  sku_name              = "S0"
  custom_subdomain_name = "ais-foundry"

  network_acls {
    default_action = "Deny"
  }
}
