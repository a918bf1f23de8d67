resource "azurerm_cognitive_account" "explicit" {
  name                          = "oai-explicit"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false # want: AZ-AI-002 col 35
}

resource "azurerm_cognitive_account" "by_default" { # want: AZ-AI-002 col 1
  name                          = "oai-default"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
}

resource "azurerm_ai_services" "foundry" {
  name                  = "ais-foundry"
  location              = "swedencentral"
  resource_group_name   = "rg"
  sku_name              = "S0"
  public_network_access = "Disabled" # want: AZ-AI-002 col 27
}
