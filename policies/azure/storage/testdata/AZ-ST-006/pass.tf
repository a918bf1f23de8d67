variable "double" {
  type = bool
}

resource "azurerm_storage_account" "double" {
  name                              = "stdouble"
  resource_group_name               = "rg"
  location                          = "swedencentral"
  account_tier                      = "Standard"
  account_replication_type          = "LRS"
  infrastructure_encryption_enabled = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_storage_account" "unknown" {
  name                              = "stunknown"
  resource_group_name               = "rg"
  location                          = "swedencentral"
  account_tier                      = "Standard"
  account_replication_type          = "LRS"
  infrastructure_encryption_enabled = var.double
}
