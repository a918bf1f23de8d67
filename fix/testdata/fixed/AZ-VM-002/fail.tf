resource "azurerm_linux_virtual_machine" "bad" {
  name                = "vm-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  encryption_at_host_enabled = true # want: AZ-VM-002 col 32

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_linux_virtual_machine" "by_default" { # want: AZ-VM-002 col 1
  name                = "vm-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  encryption_at_host_enabled = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# The legacy resource cannot turn it on.
resource "azurerm_virtual_machine" "legacy" { # want: AZ-VM-002 col 1
  name                  = "vm-legacy"
  location              = "swedencentral"
  resource_group_name   = "rg"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size               = "Standard_D4s_v5"

  storage_os_disk {
    name          = "osdisk"
    create_option = "FromImage"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "bad" {
  name                = "vmss-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"
  admin_password      = "Fixture-Only-0"
  encryption_at_host_enabled = true # want: AZ-VM-002 col 32

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "by_default" { # want: AZ-VM-002 col 1
  name                       = "vmss-default"
  location                   = "swedencentral"
  resource_group_name        = "rg"
  sku                        = "Standard_NC6s_v3"
  instances                  = 2
  admin_username             = "azureuser"
  admin_password             = "Fixture-Only-0"
  encryption_at_host_enabled = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}
