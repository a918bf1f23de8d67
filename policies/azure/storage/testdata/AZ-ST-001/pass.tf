variable "https_only" {
  type = bool
}

# The provider defaults https_traffic_only_enabled to true.
resource "azurerm_storage_account" "by_default" {
  name                     = "stdefault"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "legacy" {
  name                      = "stlegacy"
  resource_group_name       = "rg"
  location                  = "swedencentral"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_storage_account" "unknown" {
  name                       = "stunknown"
  resource_group_name        = "rg"
  location                   = "swedencentral"
  account_tier               = "Standard"
  account_replication_type   = "LRS"
  https_traffic_only_enabled = var.https_only
}
