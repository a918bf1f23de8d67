resource "azurerm_key_vault" "explicit" {
  name                     = "kv-explicit"
  location                 = "swedencentral"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true # want: AZ-KV-001 col 30
}

resource "azurerm_key_vault" "by_default" { # want: AZ-KV-001 col 1
  name                     = "kv-default"
  location                 = "swedencentral"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}
