variable "setting" {
  type = bool
}

variable "vmss_setting" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "good" {
  name                = "vm-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  disable_password_authentication = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# Not set: the default passes.
resource "azurerm_linux_virtual_machine" "by_default" {
  name                = "vm-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_linux_virtual_machine" "unknown" {
  name                = "vm-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  disable_password_authentication = var.setting

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "good" {
  name                = "vmss-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"
  disable_password_authentication = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# Not set: the default passes.
resource "azurerm_linux_virtual_machine_scale_set" "by_default" {
  name                = "vmss-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_linux_virtual_machine_scale_set" "unknown" {
  name                = "vmss-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"
  disable_password_authentication = var.vmss_setting

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}
