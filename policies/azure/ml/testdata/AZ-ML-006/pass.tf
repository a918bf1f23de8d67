variable "access_type" {
  type = string
}

resource "azurerm_machine_learning_workspace" "identity" {
  name                        = "mlw-identity"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  storage_account_access_type = "identity"

  identity {
    type = "SystemAssigned"
  }
}

# The mode is an input without a default: not evaluated.
resource "azurerm_machine_learning_workspace" "unknown" {
  name                        = "mlw-unknown"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  storage_account_access_type = var.access_type

  identity {
    type = "SystemAssigned"
  }
}
