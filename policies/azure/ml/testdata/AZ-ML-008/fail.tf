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

resource "azurerm_machine_learning_compute_instance" "ssh" {
  name                          = "ci-ssh"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.mlw.id
  virtual_machine_size          = "Standard_DS3_v2"
  node_public_ip_enabled        = false
  local_auth_enabled            = false
  subnet_resource_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml"

  ssh { # want: AZ-ML-008 col 3
    public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 user@example"
  }
}

resource "azurerm_machine_learning_compute_cluster" "ssh" {
  name                          = "cc-ssh"
  location                      = "swedencentral"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.mlw.id
  vm_size                       = "Standard_NC6s_v3"
  vm_priority                   = "Dedicated"
  local_auth_enabled            = false
  node_public_ip_enabled        = false
  ssh_public_access_enabled     = true # want: AZ-ML-008 col 35
  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}

