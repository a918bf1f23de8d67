resource "azurerm_kubernetes_cluster" "by_default" { # want: AZ-AKS-003 col 1
  name = "aks-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  dns_prefix          = "aks"
  local_account_disabled = true

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "explicit" {
  name                   = "aks-local"
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
  local_account_disabled = true # want: AZ-AKS-003 col 28
}
