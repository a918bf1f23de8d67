variable "public" {
  type = bool
}

resource "azurerm_key_vault" "firewall" {
  name = "kv-firewall"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
    ip_rules       = ["203.0.113.0/24"]
  }
}

resource "azurerm_key_vault" "private" {
  name                          = "kv-private"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  public_network_access_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_key_vault" "unknown" {
  name                          = "kv-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  public_network_access_enabled = var.public
}
