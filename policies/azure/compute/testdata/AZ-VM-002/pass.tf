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
  encryption_at_host_enabled = true

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
  encryption_at_host_enabled = var.setting

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "good" {
  name                = "vmss-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"
  admin_password      = "Fixture-Only-0"
  encryption_at_host_enabled = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# An input without a default: unknown, so not reported.
resource "azurerm_windows_virtual_machine_scale_set" "unknown" {
  name                = "vmss-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  sku                 = "Standard_NC6s_v3"
  instances           = 2
  admin_username      = "azureuser"
  admin_password      = "Fixture-Only-0"
  encryption_at_host_enabled = var.vmss_setting

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}
