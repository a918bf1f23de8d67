resource "azurerm_cognitive_account" "keys" {
  name                = "oai-keys"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = false # want: AZ-AI-003 col 25
}

resource "azurerm_cognitive_account" "by_default" { # want: AZ-AI-003 col 1
  name                = "oai-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "TextAnalytics"
  sku_name            = "S"
  local_auth_enabled  = false
}
