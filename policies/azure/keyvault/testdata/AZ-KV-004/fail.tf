resource "azurerm_key_vault" "kv" { # want: AZ-KV-004 col 1
  name = "kv-wrong-pe"
  location            = "swedencentral"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

# The endpoint targets the vault with a sub-resource it does not have.
resource "azurerm_private_endpoint" "kv" {
  name                = "pe-kv"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "kv"
    private_connection_resource_id = azurerm_key_vault.kv.id
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }
}
