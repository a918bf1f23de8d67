variable "rbac" {
  type = bool
}

resource "azurerm_key_vault" "rbac" {
  name                       = "kv-rbac"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  rbac_authorization_enabled = true
}

resource "azurerm_key_vault" "legacy" {
  name                      = "kv-legacy"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  enable_rbac_authorization = true
}

# An input without a default: unknown, so not reported.
resource "azurerm_key_vault" "unknown" {
  name                       = "kv-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  rbac_authorization_enabled = var.rbac
}
