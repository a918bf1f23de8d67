variable "identity_type" {
  type = string
}

resource "azurerm_cognitive_account" "system" {
  name                = "oai-system"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_ai_services" "user" {
  name                = "ais-user"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku_name            = "S0"

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ai"]
  }
}

# The identity type is an input without a default: not evaluated.
resource "azurerm_cognitive_account" "unknown" {
  name                = "oai-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"

  identity {
    type = var.identity_type
  }
}
