# The provider defaults min_tls_version to TLS1_2.
resource "azurerm_storage_account" "by_default" {
  name                     = "stdefault"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "explicit" {
  name                     = "stexplicit"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}
