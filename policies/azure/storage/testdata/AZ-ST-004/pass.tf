variable "shared_key" {
  type = bool
}

resource "azurerm_storage_account" "entra_only" {
  name                      = "stentra"
  resource_group_name       = "rg"
  location                  = "swedencentral"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_storage_account" "unknown" {
  name                      = "stunknown"
  resource_group_name       = "rg"
  location                  = "swedencentral"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  shared_access_key_enabled = var.shared_key
}
