resource "azurerm_machine_learning_workspace" "mlw" {
  name                    = "mlw"
  location                = "swedencentral"
  resource_group_name     = "rg"
  application_insights_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Insights/components/appi"
  key_vault_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_compute_instance" "by_default" { # want: AZ-ML-007 col 1
  name                          = "ci-by_default"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.mlw.id
  virtual_machine_size          = "Standard_DS3_v2"
  node_public_ip_enabled        = false
  subnet_resource_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml"
  local_auth_enabled            = false
}

resource "azurerm_machine_learning_compute_cluster" "local" {
  name                          = "cc-local"
  location                      = "swedencentral"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.mlw.id
  vm_size                       = "Standard_NC6s_v3"
  vm_priority                   = "Dedicated"
  local_auth_enabled            = false # want: AZ-ML-007 col 35
  node_public_ip_enabled        = false
  subnet_resource_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml"
  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}

