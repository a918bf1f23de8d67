resource "azurerm_key_vault" "open" {
  name = "kv-open"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  public_network_access_enabled = false

  network_acls {
    default_action = "Allow" # want: AZ-KV-003 col 22
    bypass         = "AzureServices"
  }
}

resource "azurerm_key_vault" "by_default" { # want: AZ-KV-003 col 1
  name = "kv-default"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  public_network_access_enabled = false
}
