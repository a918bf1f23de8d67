resource "azurerm_machine_learning_workspace" "mlw" { # want: AZ-ML-005 col 1
  name                    = "mlw-wrong-pe"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }
}

# The endpoint names a sub-resource the workspace does not have.
resource "azurerm_private_endpoint" "mlw" {
  name                = "pe-mlw"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "mlw"
    private_connection_resource_id = azurerm_machine_learning_workspace.mlw.id
    subresource_names              = ["account"]
    is_manual_connection           = false
  }
}
