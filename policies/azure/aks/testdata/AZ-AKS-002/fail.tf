resource "azurerm_kubernetes_cluster" "no_entra" { # want: AZ-AKS-002 col 1
  name = "aks-no-entra"
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

# Entra ID authentication, but Kubernetes RBAC bindings (medium).
resource "azurerm_kubernetes_cluster" "k8s_rbac" {
  name = "aks-k8s-rbac"
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

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = false # want: AZ-AKS-002 col 26
  }
}
