variable "disabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "entra_only" {
  name                   = "aks-entra-only"
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
  local_account_disabled = true

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_kubernetes_cluster" "unknown" {
  name                   = "aks-unknown"
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
  local_account_disabled = var.disabled
}
