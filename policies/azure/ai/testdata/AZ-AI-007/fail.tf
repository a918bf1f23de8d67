resource "azurerm_cognitive_account" "by_default" { # want: AZ-AI-007 col 1
  name                = "oai-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
}

resource "azurerm_ai_services" "empty" {
  name                  = "ais-empty"
  location              = "swedencentral"
  resource_group_name   = "rg"
  sku_name              = "S0"
  custom_subdomain_name = "" # want: AZ-AI-007 col 27
}
