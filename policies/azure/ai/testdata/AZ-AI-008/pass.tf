variable "subresources" {
  type = list(string)
}

resource "azurerm_cognitive_account" "private" {
  name                          = "oai-private"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "oai-private"
  public_network_access_enabled = false
}

resource "azurerm_private_endpoint" "private" {
  name                = "pe-oai"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "oai"
    private_connection_resource_id = azurerm_cognitive_account.private.id
    subresource_names              = ["account"]
    is_manual_connection           = false
  }
}

# No endpoint in these files: it may be managed elsewhere, so only
# reviewed unless the scan is declared complete.
resource "azurerm_cognitive_account" "elsewhere" {
  name                  = "oai-elsewhere"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-elsewhere"
}

# The endpoint's sub-resources are an input without a default: not
# evaluated.
resource "azurerm_cognitive_account" "unknown" {
  name                  = "oai-unknown"
  location              = "swedencentral"
  resource_group_name   = "rg"
  kind                  = "OpenAI"
  sku_name              = "S0"
  custom_subdomain_name = "oai-unknown"
}

resource "azurerm_private_endpoint" "unknown" {
  name                = "pe-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "oai"
    private_connection_resource_id = azurerm_cognitive_account.unknown.id
    subresource_names              = var.subresources
    is_manual_connection           = false
  }
}
