variable "isolation" {
  type = string
}

resource "azurerm_ai_foundry" "hub" {
  name                = "hub-approved"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_id  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"

  identity {
    type = "SystemAssigned"
  }

  managed_network {
    isolation_mode = "AllowOnlyApprovedOutbound"
  }
}

# A project inherits the hub's managed network.
resource "azurerm_ai_foundry_project" "project" {
  name               = "proj"
  location           = "swedencentral"
  ai_services_hub_id = azurerm_ai_foundry.hub.id

  identity {
    type = "SystemAssigned"
  }
}

# The mode is an input without a default: not evaluated.
resource "azurerm_machine_learning_workspace" "unknown" {
  name                    = "mlw-unknown"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }

  managed_network {
    isolation_mode = var.isolation
  }
}
