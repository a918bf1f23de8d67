resource "azurerm_key_vault" "protected" {
  name                     = "kv-protected"
  location                 = "swedencentral"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "premium"
  purge_protection_enabled = true
}
