resource "azurerm_storage_account" "old_tls" {
  name                     = "stoldtls"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2" # want: AZ-ST-002 col 30
}
