variable "subnet_id" {
  type = string
}

resource "azurerm_machine_learning_workspace" "mlw" {
  name                    = "mlw-open"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_compute_instance" "in_subnet" {
  name                          = "ci-subnet"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.mlw.id
  virtual_machine_size          = "Standard_DS3_v2"
  local_auth_enabled            = false
  node_public_ip_enabled        = false
  subnet_resource_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml"
}

resource "azurerm_machine_learning_workspace" "managed" {
  name                    = "mlw-managed"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }

  managed_network {
    isolation_mode = "AllowOnlyApprovedOutbound"
  }
}

# In the workspace's managed network: no subnet needed.
resource "azurerm_machine_learning_compute_instance" "managed" {
  name                          = "ci-managed"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.managed.id
  virtual_machine_size          = "Standard_DS3_v2"
  local_auth_enabled            = false
  node_public_ip_enabled        = false
}

# The workspace is not in these files: only reviewed unless the scan is
# declared complete.
resource "azurerm_machine_learning_compute_instance" "elsewhere" {
  name                          = "ci-elsewhere"
  machine_learning_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/shared"
  virtual_machine_size          = "Standard_DS3_v2"
  local_auth_enabled            = false
}

# The subnet is an input without a default: not evaluated.
resource "azurerm_machine_learning_compute_instance" "unknown" {
  name                          = "ci-unknown"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.mlw.id
  virtual_machine_size          = "Standard_DS3_v2"
  local_auth_enabled            = false
  subnet_resource_id            = var.subnet_id
}
