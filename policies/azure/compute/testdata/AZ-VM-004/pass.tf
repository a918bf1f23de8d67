resource "azurerm_linux_virtual_machine_scale_set" "private" {
  name                = "vmss-private"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"

  network_interface {
    name    = "nic"
    primary = true

    ip_configuration {
      name      = "ip"
      primary   = true
      subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/gpu"
    }
  }
}
