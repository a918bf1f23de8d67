resource "azurerm_cognitive_account" "openai" {
  name                = "oai"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_ai_services" "hub" {
  name                = "hub"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "empty" {}
