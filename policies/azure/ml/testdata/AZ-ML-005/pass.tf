variable "subresources" {
  type = list(string)
}

resource "azurerm_ai_foundry" "hub" {
  name                  = "hub-private"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_id  = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  key_vault_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  public_network_access = "Disabled"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_private_endpoint" "hub" {
  name                = "pe-hub"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "hub"
    private_connection_resource_id = azurerm_ai_foundry.hub.id
    subresource_names              = ["amlworkspace"]
    is_manual_connection           = false
  }
}

# Projects are reached through their hub's endpoint.
resource "azurerm_ai_foundry_project" "project" {
  name               = "proj"
  location           = "swedencentral"
  ai_services_hub_id = azurerm_ai_foundry.hub.id

  identity {
    type = "SystemAssigned"
  }
}

# No endpoint in these files: it may be managed elsewhere, so only
# reviewed unless the scan is declared complete.
resource "azurerm_machine_learning_workspace" "elsewhere" {
  name                    = "mlw-elsewhere"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }
}

# The endpoint's sub-resources are an input without a default: not
# evaluated.
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
}

resource "azurerm_private_endpoint" "unknown" {
  name                = "pe-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "unknown"
    private_connection_resource_id = azurerm_machine_learning_workspace.unknown.id
    subresource_names              = var.subresources
    is_manual_connection           = false
  }
}
