variable "public" {
  type = bool
}

resource "azurerm_machine_learning_workspace" "private" {
  name                          = "mlw-private"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-private"
  location              = "swedencentral"
  resource_group_name   = "rg"
  storage_account_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }
}

# A project inherits the hub's setting: the hub is checked.
resource "azurerm_ai_foundry_project" "project" {
  name               = "proj"
  location           = "swedencentral"
  ai_services_hub_id = azurerm_ai_foundry.hub.id

  identity {
    type = "SystemAssigned"
  }
}

# The setting is an input without a default: not evaluated.
resource "azurerm_machine_learning_workspace" "unknown" {
  name                          = "mlw-unknown"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  application_insights_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id                  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  public_network_access_enabled = var.public

  identity {
    type = "SystemAssigned"
  }
}
