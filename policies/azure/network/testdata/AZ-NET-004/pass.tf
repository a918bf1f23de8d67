variable "public_ip_id" {
  type = string
}

variable "node_public_ip" {
  type = bool
}

resource "azurerm_network_interface" "private" {
  name                = "nic-private"
  location            = "swedencentral"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "private"
    subnet_id                     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/vm"
    private_ip_address_allocation = "Dynamic"
  }
}

# An input without a default: unknown (it may be null), so not reported.
resource "azurerm_network_interface" "unknown" {
  name                = "nic-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "maybe"
    subnet_id                     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/vm"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = var.public_ip_id
  }
}

# node_public_ip_enabled defaults to false.
resource "azurerm_kubernetes_cluster" "private_nodes" {
  name                = "aks-private-nodes"
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

resource "azurerm_kubernetes_cluster_node_pool" "unknown" {
  name                   = "gpu"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.private_nodes.id
  vm_size                = "Standard_NC24ads_A100_v4"
  node_public_ip_enabled = var.node_public_ip
}
