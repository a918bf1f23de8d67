terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
  }
}

resource "azurerm_kubernetes_cluster" "by_default" { # want: AZ-AKS-008 col 1
  name = "aks-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  dns_prefix          = "aks"
  workload_identity_enabled = true

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D4s_v5"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "no_oidc" {
  name                      = "aks-no-oidc"
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
  workload_identity_enabled = true
  oidc_issuer_enabled       = true # want: AZ-AKS-008 col 31
}
