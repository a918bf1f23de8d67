variable "setting" {
  type = string
}

# Not set: the default passes.
resource "azurerm_virtual_machine" "by_default" {
  name                = "vm-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size             = "Standard_D4s_v5"

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_virtual_machine" "unknown" {
  name                = "vm-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size             = "Standard_D4s_v5"

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
    vhd_uri       = var.setting
  }
}
