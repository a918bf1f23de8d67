resource "azurerm_cognitive_account" "no_identity" { # want: AZ-AI-004 col 1
  name                = "oai-no-identity"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_ai_services" "foundry" { # want: AZ-AI-004 col 1
  name                = "ais-foundry"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "S0"

  identity {
    type = "SystemAssigned"
  }
}
