resource "azurerm_public_ip" "vm" {
  name                = "pip-vm"
  location            = "swedencentral"
  resource_group_name = "rg"
  allocation_method   = "Static"
}

resource "azurerm_network_interface" "vm" {
  name                = "nic-vm"
  location            = "swedencentral"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "public" # want: AZ-NET-004 col 37
    subnet_id                     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/vm"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.vm.id
  }
}

resource "azurerm_network_interface" "literal" {
  name                = "nic-literal"
  location            = "swedencentral"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "public"
    subnet_id                     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/vm"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip" # want: AZ-NET-004 col 37
  }
}

resource "azurerm_kubernetes_cluster" "gpu" {
  name                = "aks-gpu"
  location            = "swedencentral"
  resource_group_name = "rg"
  dns_prefix          = "aks"

  default_node_pool {
    name                   = "system"
    vm_size                = "Standard_D4s_v5"
    node_count             = 1
    node_public_ip_enabled = true # want: AZ-NET-004 col 30
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "gpu" {
  name                  = "gpu"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.gpu.id
  vm_size               = "Standard_NC24ads_A100_v4"
  enable_node_public_ip = true # want: AZ-NET-004 col 27
}
