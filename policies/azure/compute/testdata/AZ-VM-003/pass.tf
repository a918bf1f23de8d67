variable "setting" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "good" {
  name                = "vm-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  size                = "Standard_D4s_v5"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vtpm_enabled        = true
  secure_boot_enabled = true

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
  vtpm_enabled        = true
  secure_boot_enabled = var.setting

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}
