resource "azurerm_cognitive_account" "oai" { # want: AZ-AI-008 col 1
  name                  = "oai-wrong-pe"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-wrong-pe"
}

# The endpoint names a sub-resource the account does not have.
resource "azurerm_private_endpoint" "oai" {
  name                = "pe-oai"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "oai"
    private_connection_resource_id = azurerm_cognitive_account.oai.id
    subresource_names              = ["openai"]
    is_manual_connection           = false
  }
}
