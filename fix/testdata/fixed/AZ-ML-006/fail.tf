resource "azurerm_machine_learning_workspace" "by_default" { # want: AZ-ML-006 col 1
  name                        = "mlw-default"
  location                    = "swedencentral"
  resource_group_name         = "rg"
  application_insights_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  storage_account_access_type = "identity"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_workspace" "keys" {
  name                        = "mlw-keys"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  storage_account_access_type = "identity" # want: AZ-ML-006 col 33

  identity {
    type = "SystemAssigned"
  }
}

# azurerm_ai_foundry cannot set the mode: the service default applies.
resource "azurerm_ai_foundry" "hub" { # want: AZ-ML-006 col 1
  name                        = "hub-default"
  location                    = "swedencentral"
  resource_group_name         = "rg"
  storage_account_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_access_type = "identity"

  identity {
    type = "SystemAssigned"
  }
}
