resource "azurerm_storage_account" "docs" {
  name = "stdocs"
  min_tls_version = "TLS1_0"
