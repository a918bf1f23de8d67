variable "hbi" {
  type = bool
}

resource "azurerm_machine_learning_workspace" "hbi" {
  name                    = "mlw-hbi"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  high_business_impact    = true

  identity {
    type = "SystemAssigned"
  }
}

# The service sets the flag on a hub with a customer-managed key.
resource "azurerm_ai_foundry" "hub" {
  name                = "hub-cmk"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_id  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"

  identity {
    type = "SystemAssigned"
  }

  encryption {
    key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
    key_id       = "https://kv.vault.azure.net/keys/hub/0123456789abcdef0123456789abcdef"
  }
}

resource "azurerm_ai_foundry_project" "project" {
  name               = "proj"
  location           = "swedencentral"
  ai_services_hub_id = azurerm_ai_foundry.hub.id

  identity {
    type = "SystemAssigned"
  }
}

# The flag is an input without a default: not evaluated.
resource "azurerm_machine_learning_workspace" "unknown" {
  name                    = "mlw-unknown"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  high_business_impact    = var.hbi

  identity {
    type = "SystemAssigned"
  }
}
