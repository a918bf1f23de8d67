variable "private" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "private" {
  name                    = "aks-private"
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
  private_cluster_enabled = true
}

resource "azurerm_kubernetes_cluster" "restricted" {
  name = "aks-restricted"
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

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"]
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_kubernetes_cluster" "unknown" {
  name                    = "aks-unknown"
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
  private_cluster_enabled = var.private
}
