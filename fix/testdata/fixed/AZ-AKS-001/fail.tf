resource "azurerm_kubernetes_cluster" "no_rbac" {
  name                              = "aks-no-rbac"
  location            = "swedencentral"
  resource_group_name = "rg"
  dns_prefix          = "aks"

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }
  role_based_access_control_enabled = true # want: AZ-AKS-001 col 39
}
