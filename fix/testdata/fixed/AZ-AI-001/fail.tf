resource "azurerm_cognitive_account" "by_default" { # want: AZ-AI-001 col 1
  name                          = "oai-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
}

resource "azurerm_cognitive_account" "allow_acl" {
  name                          = "oai-allow"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-allow"
  public_network_access_enabled = false

  network_acls {
    default_action = "Allow" # want: AZ-AI-001 col 22
  }
}

resource "azurerm_ai_services" "foundry" {
  name                  = "ais-foundry"
  location              = "swedencentral"
  resource_group_name   = "rg"
  sku_name              = "S0"
  public_network_access = "Disabled" # want: AZ-AI-001 col 27
}
