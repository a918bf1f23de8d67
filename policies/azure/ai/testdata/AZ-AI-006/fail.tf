resource "azurerm_cognitive_account" "by_default" { # want: AZ-AI-006 col 1
  name                = "oai-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "open" {
  name                               = "ais-open"
  location                           = "swedencentral"
  resource_group_name                = "rg"
  kind                               = "AIServices"
  sku_name                           = "S0"
  outbound_network_access_restricted = false # want: AZ-AI-006 col 40
}

resource "azurerm_cognitive_account" "empty_list" {
  name                               = "oai-empty"
  location                           = "swedencentral"
  resource_group_name                = "rg"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  outbound_network_access_restricted = true
  fqdns                              = [] # want: AZ-AI-006 col 40
}

resource "azurerm_ai_services" "foundry" { # want: AZ-AI-006 col 1
  name                = "ais-foundry"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "S0"
}
