variable "rbac" {
  type = bool
}

# RBAC is on by default.
resource "azurerm_kubernetes_cluster" "by_default" {
  name = "aks-default"
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
}

# An input without a default: unknown, so not reported.
resource "azurerm_kubernetes_cluster" "unknown" {
  name                              = "aks-unknown"
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
  role_based_access_control_enabled = var.rbac
}
