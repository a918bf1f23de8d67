resource "azurerm_linux_virtual_machine" "bad" {
  name                = "vm-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  disable_password_authentication = true # want: AZ-VM-001 col 37

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "swedencentral"
  resource_group_name   = "rg"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size               = "Standard_D4s_v5"

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    admin_password = "Fixture-Only-0"
  }

  os_profile_linux_config {
    disable_password_authentication = true # want: AZ-VM-001 col 39
  }

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "bad" {
  name                = "vmss-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"
  disable_password_authentication = true # want: AZ-VM-001 col 37

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}
