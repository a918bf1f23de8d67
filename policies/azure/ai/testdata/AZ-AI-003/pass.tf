resource "azurerm_cognitive_account" "entra_only" {
  name                = "oai-entra"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = false
}

resource "azurerm_ai_services" "foundry" {
  name                         = "ais-foundry"
  location                     = "swedencentral"
  resource_group_name          = "rg"
  sku_name                     = "S0"
  local_authentication_enabled = false
}
