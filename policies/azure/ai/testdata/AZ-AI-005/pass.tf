variable "key_source" {
  type = string
}

resource "azurerm_cognitive_account" "inline" {
  name                = "oai-inline"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"

  identity {
    type = "SystemAssigned"
  }

  customer_managed_key {
    key_vault_key_id = "https://kv-ai.vault.azure.net/keys/oai/0123456789abcdef0123456789abcdef"
  }
}

resource "azurerm_cognitive_account" "separate" {
  name                = "oai-separate"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_cognitive_account_customer_managed_key" "separate" {
  cognitive_account_id = azurerm_cognitive_account.separate.id
  key_vault_key_id     = "https://kv-ai.vault.azure.net/keys/oai/0123456789abcdef0123456789abcdef"
}

# No key here, but an azurerm_cognitive_account_customer_managed_key may
# live in another configuration: only reviewed unless the scan is complete.
resource "azurerm_cognitive_account" "elsewhere" {
  name                = "oai-elsewhere"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
}

# The key source is an input without a default: not evaluated.
resource "azapi_resource" "unknown" {
  type      = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name      = "oai-unknown"
  location  = "swedencentral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  body = {
    kind = "OpenAI"
    sku  = { name = "S0" }
    properties = {
      encryption = {
        keySource = var.key_source
      }
    }
  }
}
