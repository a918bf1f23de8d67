resource "azurerm_kubernetes_cluster" "by_default" { # want: AZ-AKS-006 col 1
  name = "aks-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  dns_prefix          = "aks"
  azure_policy_enabled = true

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
  name                 = "aks-no-policy"
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
  azure_policy_enabled = true # want: AZ-AKS-006 col 26
}
