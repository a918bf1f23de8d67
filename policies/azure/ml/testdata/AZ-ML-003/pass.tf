variable "key_id" {
  type = string
}

resource "azurerm_machine_learning_workspace" "cmk" {
  name                    = "mlw-cmk"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }

  encryption {
    key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
    key_id       = "https://kv.vault.azure.net/keys/mlw/0123456789abcdef0123456789abcdef"
  }
}

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
    key_id       = var.key_id
  }
}

# A project uses its hub's encryption.
resource "azurerm_ai_foundry_project" "project" {
  name               = "proj"
  location           = "swedencentral"
  ai_services_hub_id = azurerm_ai_foundry.hub.id

  identity {
    type = "SystemAssigned"
  }
}
