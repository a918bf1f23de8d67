resource "azurerm_kubernetes_cluster" "by_default" { # want: AZ-AKS-004 col 1
  name = "aks-public"
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

resource "azurerm_kubernetes_cluster" "world" {
  name = "aks-world"
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
    authorized_ip_ranges = ["203.0.113.0/24", "0.0.0.0/0"] # want: AZ-AKS-004 col 47
  }
}

# The azurerm v3 spelling.
resource "azurerm_kubernetes_cluster" "v3" {
  name                            = "aks-v3"
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
  api_server_authorized_ip_ranges = ["0.0.0.0/0"] # want: AZ-AKS-004 col 38
}
