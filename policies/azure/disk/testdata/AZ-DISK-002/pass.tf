variable "setting" {
  type = string
}

resource "azurerm_managed_disk" "good" {
  name                = "disk-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1024
  disk_encryption_set_id = azurerm_disk_encryption_set.des.id
}

# An input without a default: unknown, so not reported.
resource "azurerm_managed_disk" "unknown" {
  name                = "disk-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1024
  disk_encryption_set_id = var.setting
}
