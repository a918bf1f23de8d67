variable "groups" {
  type = list(string)
}

resource "azurerm_key_vault" "kv" {
  name = "kv-private"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_private_endpoint" "kv" {
  name                = "pe-kv"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "kv"
    private_connection_resource_id = azurerm_key_vault.kv.id
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }
}

# The sub-resources are an input without a default: unknown, so not
# reported.
resource "azurerm_key_vault" "unknown" {
  name = "kv-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_private_endpoint" "unknown" {
  name                = "pe-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "kv"
    private_connection_resource_id = azurerm_key_vault.unknown.id
    subresource_names              = var.groups
    is_manual_connection           = false
  }
}

# No private endpoint in the scan: it may live in another configuration, so
# this is only "review" (shown with --show-unknown) unless the scan is
# declared complete.
resource "azurerm_key_vault" "elsewhere" {
  name = "kv-elsewhere"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}
