variable "setting" {
  type = bool
}

resource "azurerm_api_management" "good" {
  name                = "apim-good"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"
  public_network_access_enabled = false
}

# An input without a default: unknown, so not reported.
resource "azurerm_api_management" "unknown" {
  name                = "apim-unknown"
  location            = "swedencentral"
  resource_group_name = "rg"
  publisher_name      = "Fabrikam"
  publisher_email     = "api@fabrikam.example"
  sku_name            = "Developer_1"
  public_network_access_enabled = var.setting
}

resource "azurerm_api_management" "internal" {
  name                 = "apim-internal"
  location             = "swedencentral"
  resource_group_name  = "rg"
  publisher_name       = "Fabrikam"
  publisher_email      = "api@fabrikam.example"
  sku_name             = "Developer_1"
  virtual_network_type = "Internal"

  virtual_network_configuration {
    subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apim"
  }
}
