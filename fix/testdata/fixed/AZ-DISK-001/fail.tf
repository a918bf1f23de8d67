resource "azurerm_managed_disk" "bad" {
  name                = "disk-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1024
  network_access_policy = "DenyAll" # want: AZ-DISK-001 col 27
}

resource "azurerm_managed_disk" "by_default" { # want: AZ-DISK-001 col 1
  name                = "disk-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1024
  network_access_policy = "DenyAll"
}
