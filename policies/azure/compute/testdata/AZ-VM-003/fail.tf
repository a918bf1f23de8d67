resource "azurerm_linux_virtual_machine" "bad" {
  name                = "vm-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vtpm_enabled        = true
  secure_boot_enabled = false # want: AZ-VM-003 col 25

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_linux_virtual_machine" "by_default" { # want: AZ-VM-003 col 1
  name                = "vm-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vtpm_enabled        = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}
