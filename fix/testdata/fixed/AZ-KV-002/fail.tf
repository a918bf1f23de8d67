resource "azurerm_key_vault" "explicit" {
  name                       = "kv-policies"
  location                   = "swedencentral"
  resource_group_name        = "rg"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  rbac_authorization_enabled = true # want: AZ-KV-002 col 32
}

resource "azurerm_key_vault" "legacy" {
  name                      = "kv-legacy"
  location                  = "swedencentral"
  resource_group_name       = "rg"
  tenant_id                 = "00000000-0000-0000-0000-000000000000"
  sku_name                  = "standard"
  enable_rbac_authorization = true # want: AZ-KV-002 col 31
}

resource "azurerm_key_vault" "by_default" { # want: AZ-KV-002 col 1
  name = "kv-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  rbac_authorization_enabled = true
}
